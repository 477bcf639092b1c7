/**
 * The order of the levels one external assessment gives (SPEC §4.1): cấp độ N of KĐCLGD and, with it,
 * the highest CQG mức độ that cấp độ allows. Under TT 17/18/19-2018: CĐ1 (no CQG), CĐ2-MĐ1, CĐ3-MĐ2,
 * CĐ4-MĐ2. An upgrade with no stated target aims at the next step of this ladder (SPEC §7).
 */
import type { Regime } from "./regimes";

export interface LevelPair {
  readonly accreditation: number | null;
  readonly standard: number | null;
}

/** The highest mức độ an assessment at cấp độ `accreditation` allows (0: none). */
function standardAllowed(accreditation: number, regime: Regime): number {
  let allowed = 0;
  for (const s of [1, 2] as const)
    if (s <= regime.standardMax && regime.standardRequires[s] <= accreditation) allowed = s;
  return allowed;
}

const inRange = (level: number | null, max: number): boolean =>
  level === null || (Number.isInteger(level) && level >= 1 && level <= max);

/**
 * The level an upgrade from `from` reaches when the list names none: the mức độ its cấp độ already
 * allows when it holds less (CĐ3 with no CQG, or CĐ3-MĐ1 → CĐ3-MĐ2), otherwise the next cấp độ with
 * the mức độ that one allows (CĐ2-MĐ1 → CĐ3-MĐ2, CĐ3-MĐ2 → CĐ4-MĐ2). Null when there is none: the
 * top of the regime's ladder, no level known, or a level outside the regime's range.
 * With only a mức độ known, the cấp độ is the least that mức độ needs (MĐ1 → from CĐ2-MĐ1).
 */
export function nextLevels(from: LevelPair, regime: Regime): LevelPair | null {
  const { accreditation, standard } = from;
  if (accreditation === null && standard === null) return null;
  if (!inRange(accreditation, regime.accreditationMax) || !inRange(standard, regime.standardMax)) return null;
  const held = standard ?? 0;
  if (accreditation === null && !regime.linkedLevels)
    // Separate processes (before 2018): only the mức độ is known, and only it moves up.
    return held < regime.standardMax ? { accreditation: null, standard: held + 1 } : null;
  const cd = accreditation ?? regime.standardRequires[held === 1 ? 1 : 2];
  const here = standardAllowed(cd, regime);
  if (here > held) return { accreditation: cd, standard: here };
  if (cd >= regime.accreditationMax) return null;
  const up = Math.max(held, standardAllowed(cd + 1, regime));
  return { accreditation: cd + 1, standard: up || null };
}
