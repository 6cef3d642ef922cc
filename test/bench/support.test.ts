import { describe, expect, it } from 'vitest';
import { cpuPressure, pressureLine } from '../../bench/support';

// /proc/pressure/cpu as Linux writes it (Documentation/accounting/psi.rst)
const PSI = 'some avg10=12.34 avg60=20.50 avg300=22.00 total=3181996569\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n';

describe('cpuPressure', () => {
  it('reads the "some" line: the share of time some task waited for a CPU', () => {
    expect(cpuPressure(() => PSI)).toEqual({ avg10: 12.34, avg60: 20.5 });
    expect(pressureLine({ avg10: 12.34, avg60: 20.5 })).toBe('host CPU pressure (time some task waited for a CPU): 12 % over 10 s, 21 % over 60 s');
  });

  it('is null where the system does not report it, or reports something else', () => {
    expect(
      cpuPressure(() => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
    expect(cpuPressure(() => 'full avg10=1.00 avg60=2.00 avg300=0.00 total=0\n')).toBeNull();
    expect(pressureLine(null)).toBe('host CPU pressure: not reported by this system');
  });
});
