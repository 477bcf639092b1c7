import { SUMMARY_LABELS } from "../summary/labels";
import type { DateValue } from "../text/dates";
import { formatDateValue, formatDay, formatNumber, formatPercent } from "../text/format";
import type { PlanNumber, PlanTemplates, Ratio } from "./templates";
import { BLANK } from "./templates";
import type { RecognitionGap } from "../summary/excluded";

/** What the plan could not establish for schools left out of the rates. */
const UNKNOWN: Readonly<Record<Exclude<RecognitionGap, "not-school" | "uncertain" | "closed">, string>> = {
  code: "recognition level",
  date: "term of recognition",
};

const labels = SUMMARY_LABELS.en;

const count = (n: number): string => formatNumber(n, "en");
const schools = (n: number): string => `${count(n)} ${n === 1 ? "school" : "schools"}`;
const money = (amount: number): string => `${formatNumber(amount, "en")} million đồng`;
const ratio = (r: Ratio): string =>
  `${count(r.standard)}/${count(r.schools)} schools (${formatPercent(r.rate, "en")})`;

const planNumber = (n: PlanNumber): string => n.full ?? `${BLANK}${n.suffix}`;

/** Sentence-case action names inside a sentence: "3 new recognitions". */
const ACTION_NOUNS = {
  new: ["new recognition", "new recognitions"],
  renewal: ["renewal", "renewals"],
  upgrade: ["upgrade", "upgrades"],
} as const;

export const en: PlanTemplates = {
  header: {
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    number: (n) => `No.: ${planNumber(n)}`,
    dateLine: (place, date, year) => `${place}, ${date ? formatDay(date) : `${BLANK}/${BLANK}/${year}`}`,
    title: "PLAN",
    subtitle: (year) => ["Education quality accreditation and national-standard", `schools in ${year}`],
    documentTitle: (year) =>
      `Plan for education quality accreditation and national-standard schools, ${year}`,
  },
  intro: (body, year) =>
    `Having reviewed the list of schools in the area and their accreditation and national-standard ` +
    `recognitions, ${body} issues the plan for education quality accreditation and national-standard ` +
    `schools in ${year} as follows:`,
  actions: labels.action,
  targets: {
    heading: "SPECIFIC TARGETS",
    coverageHeading: "Share of national-standard schools",
    current: (date, r, level1, level2) => {
      const levels = [
        ...(level1 > 0 ? [`level 1: ${schools(level1)}`] : []),
        ...(level2 > 0 ? [`level 2: ${schools(level2)}`] : []),
      ];
      return (
        `On ${formatDay(date)}, before the recognitions of this plan, ${ratio(r)} hold a valid ` +
        `national-standard recognition${levels.length > 0 ? ` (${levels.join("; ")})` : ""}`
      );
    },
    projected: (year, r) =>
      `Target for the end of ${year}, once the schools of this plan are recognised: ${ratio(r)} ` +
      `meeting the national standard`,
    noSchools: "The list holds no school, so the share of national-standard schools cannot be given.",
    noRecognitionData:
      "The list gives no recognition results for its schools, so the national-standard coverage cannot be stated.",
    planListNote:
      "The list attached to this plan holds only the schools proposed for recognition this year. The " +
      "share of national-standard schools must be measured over all schools of the area, so it is not " +
      "computed from this list.",
    communesWithout: (names, _year) =>
      `Communes without a national-standard school (${count(names.length)}): ${names.join(", ")}`,
    leftOut: (names, gap) =>
      `These rates do not count ${schools(names.length)} whose ${UNKNOWN[gap]} cannot be read, to be ` +
      `checked and completed before the plan is issued: ${names.join(", ")}.`,
    uncertain: (names, date, year) =>
      `The rate on ${formatDay(date)} does not count ${schools(names.length)} whose recognition the list ` +
      `gives only to the year or month, so whether it is still valid is unknown; the target for the end ` +
      `of ${year} counts them. Their recognition dates are to be completed before the plan is issued: ` +
      `${names.join(", ")}.`,
    closed: (names) =>
      `These rates do not count ${schools(names.length)} that the list notes as merged into another ` +
      `school or dissolved: ${names.join(", ")}.`,
    notSchools: (names) =>
      `These rates do not count ${count(names.length)} childcare groups, independent kindergarten classes, ` +
      `centres or sites of a school (recognised with their school), to which the national standard for ` +
      `schools does not apply: ${names.join(", ")}.`,
    yearHeading: (year) => `Targets for ${year}`,
    yearTotal: (year, total, counts, multiple) => {
      const parts = (["new", "renewal", "upgrade"] as const)
        .filter((a) => counts[a] > 0)
        .map((a) => `${count(counts[a])} ${ACTION_NOUNS[a][counts[a] === 1 ? 0 : 1]}`);
      const overlap =
        multiple === 0 ? "" : ` (${schools(multiple)} proposed for more than one type of recognition)`;
      return `In ${year}, ${schools(total)} are proposed for recognition: ${parts.join(", ")}${overlap}. By level:`;
    },
    none: (year) => `In ${year}, the list proposes no school for a new recognition, a renewal or an upgrade.`,
    unit: "Unit: schools",
    typeColumn: labels.type,
    totalColumn: "Total",
    totalRow: labels.total,
    countCell: (n) => (n === 0 ? "-" : count(n)),
    namesHeading: "Schools by type of recognition",
    names: (action, names) => `${labels.action[action]} (${schools(names.length)}): ${names.join(", ")}`,
    seeAppendix: "(The full list is in the appendix to this plan)",
  },
  budget: {
    heading: "BUDGET",
    needHeading: (year) => `Budget needed in ${year}`,
    total: (amount, itemised) => `Total budget: ${money(amount)}${itemised ? ", of which:" : "."}`,
    byAction: (action, n, amount) => `${labels.action[action]} (${schools(n)}): ${money(amount)}`,
    repeated: (names) =>
      `The budget of ${schools(names.length)} written again on a duplicate row is counted once, to be checked ` +
      `before the plan is issued: ${names.join(", ")}.`,
    unassigned: (n, amount) => `${labels.noAction} (${schools(n)}): ${money(amount)}`,
    noFigures:
      "The list gives no budget figures; the budget need will be added once the schools have costed " +
      "their work.",
    nothing: (year) => `In ${year}, the schools of this plan need no new investment.`,
    alreadyFunded: (names, year) =>
      `No additional budget is requested in ${year} for ${schools(names.length)} already funded or ` +
      `using existing facilities: ${names.join(", ")}.`,
    leftOut: (names) =>
      `These figures do not include the budget of ${schools(names.length)} whose budget figures are not ` +
      `valid and must be checked and completed before the plan is issued: ${names.join(", ")}.`,
    unwritten: (names) =>
      `The budget of ${schools(names.length)} is not given yet (their budget columns are empty) and must ` +
      `be added before the plan is issued: ${names.join(", ")}.`,
    sourcesHeading: "Funding sources",
    source: (name, amount) => `${name ?? labels.noSource}: ${money(amount)}`,
    sourcesNote:
      "Funds are allocated under the current budget decentralisation, combined with the programmes and " +
      "projects of the area and with contributions mobilised as the regulations allow.",
  },
  renewals: {
    heading: "RENEWAL SCHEDULE",
    rule:
      "Accreditation and national-standard recognitions are valid for 5 years. To be recognised again, " +
      "a school must finish its self-assessment and register for external assessment at least 5 months " +
      "before its recognition expires (Circulars 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT and " +
      "19/2018/TT-BGDĐT of the Ministry of Education and Training).",
    listIntro: (year) => `Schools whose recognition expires in ${year} or ${year + 1}:`,
    columns: {
      seq: "No.",
      name: labels.name,
      commune: labels.commune,
      expiry: "Expires",
      deadline: "Self-assessment and registration due",
      note: "Notes",
    },
    planned: "Planned",
    notPlanned: "Not planned",
    unplanned: (n) =>
      `${schools(n)} ${n === 1 ? "has" : "have"} no renewal planned yet; these schools should complete ` +
      `their self-assessment in time to register for external assessment by the dates above.`,
    leftOut: (names) =>
      `The list above leaves out ${schools(names.length)} whose recognition or expiry date cannot be ` +
      `established (unreadable, implausible or contradictory), to be checked and completed before the ` +
      `plan is issued: ${names.join(", ")}.`,
    none: (year) => `No school's recognition expires in ${year} or ${year + 1}.`,
  },
  appendix: {
    plannedTitle: (year) =>
      `LIST OF SCHOOLS PROPOSED FOR ACCREDITATION AND NATIONAL-STANDARD RECOGNITION IN ${year}`,
    allTitle: (date) =>
      `LIST OF SCHOOLS WITH THEIR ACCREDITATION AND NATIONAL-STANDARD LEVELS ON ${formatDay(date)}`,
    attached: (n, date, year, body) => [
      `(Attached to plan No. ${planNumber(n)} of ${date ? formatDay(date) : `${BLANK}/${BLANK}/${year}`}`,
      `by ${body})`,
    ],
    columns: {
      seq: "No.",
      name: labels.name,
      code: "Level",
      action: "Type of recognition",
      note: "Notes",
    },
    expired: (expiry: DateValue) => `Expired ${formatDateValue(expiry)}`,
    footer: (n) => `This list comprises ${schools(n)}./.`,
    none: (year) => `In ${year}, the list proposes no school for recognition.`,
    inFile: (n, fileName) =>
      `The list of ${schools(n)} is attached to this plan as the Excel file “${fileName}”.`,
  },
  parts: {
    coverage: "Automatic figures: Coverage",
    targets: "Automatic figures: Targets",
    budget: "Automatic figures: Budget",
    renewals: "Automatic figures: Renewals due",
    appendix: "Automatic figures: Appendix",
  },
  notes: {
    noBudgetSection: "No budget section: the list has no budget column.",
  },
};
