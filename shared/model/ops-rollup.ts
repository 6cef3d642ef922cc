import { MAX_ROLLUP_MEMBERS, type RollupMember, type Scenario } from './scenario';

/**
 * Attaching and detaching the county scenarios of a city's roll-up, each one
 * edit. A scenario is attached once and never to itself; the label keeps the
 * member's name for a file read where the member is not in the library.
 */

const labelText = (label: string | undefined) => {
  const t = label?.trim().slice(0, 200);
  return t ? t : undefined;
};

/** The scenario with `member` added at the end (unchanged when it is itself, already attached or the list is full). */
export function attachMember(s: Scenario, member: RollupMember): Scenario {
  const members = s.rollup?.members ?? [];
  if (member.scenarioId === s.id || members.some((m) => m.scenarioId === member.scenarioId)) return s;
  if (members.length >= MAX_ROLLUP_MEMBERS) return s;
  const label = labelText(member.label);
  const added: RollupMember = label ? { scenarioId: member.scenarioId, label } : { scenarioId: member.scenarioId };
  return { ...s, rollup: { members: [...members, added] } };
}

/** The scenario without member `scenarioId`; the roll-up goes with its last member. */
export function detachMember(s: Scenario, scenarioId: string): Scenario {
  const members = s.rollup?.members ?? [];
  if (!members.some((m) => m.scenarioId === scenarioId)) return s;
  const rest = members.filter((m) => m.scenarioId !== scenarioId);
  if (rest.length) return { ...s, rollup: { members: rest } };
  const { rollup: _gone, ...without } = s;
  return without;
}
