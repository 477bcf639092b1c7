/** The task pane in English. Typed by the Vietnamese catalogue: every key must be here. */
import { formatNumber, formatPercent } from "../../app/format";
import type { FigureValue } from "../../core/plan/changes";
import type { Catalogue } from "./vi";
import type { SkipCounts } from "../lib/skipped";

const n = (x: number): string => formatNumber(x, "en");
const schools = (x: number): string => `${n(x)} ${x === 1 ? "school" : "schools"}`;
const cells = (x: number): string => `${n(x)} ${x === 1 ? "cell" : "cells"}`;

/** A key figure of the plan: a rate as "61.40%", schools and million đồng as numbers. */
function figure(v: FigureValue | null): string {
  if (v === null) return "none";
  if (v.kind === "ratio") return v.schools > 0 ? formatPercent(v.standard / v.schools, "en") : "none";
  return n(v.kind === "count" ? v.count : v.amount);
}

function unit(v: FigureValue | null): string {
  if (v?.kind === "count") return v.count === 1 ? " school" : " schools";
  return v?.kind === "amount" ? " million đồng" : "";
}

/** "2 cells in a protected area, 1 cell holding a formula": the cells an action left alone, by reason. */
function skipParts(c: SkipCounts): string {
  const parts: string[] = [];
  if (c.protected > 0)
    parts.push(
      `${cells(c.protected)} in a protected area (unprotect the sheet, or allow formatting cells, and try again)`,
    );
  if (c.formula > 0) parts.push(`${cells(c.formula)} holding a formula`);
  if (c.gone > 0) parts.push(`${cells(c.gone)} on a sheet renamed or deleted since (click Check again)`);
  return parts.join(", ");
}

export const en: Catalogue = {
  app: {
    tabsLabel: "Pages of the add-in",
    tabs: { check: "Check", summary: "Summary", plan: "Plan", help: "Rules", settings: "Settings" },
    starting: "Starting…",
    unsupportedTitle: "This application is not supported yet",
    unsupportedBody: "Open the add-in in Excel to check a list of schools.",
    failedTitle: "The add-in could not start",
    failedBody:
      "Close the task pane and open it again. The add-in needs Excel 2019, Microsoft 365 or Excel on the web.",
    standaloneTitle: "This page runs inside Excel or Word",
    standaloneBody:
      "It is the add-in's task pane: open Excel and choose Home › Add-ins › Kiểm định & CQG. No Office?",
    standaloneLink: "Open the page that runs in the browser",
  },
  common: {
    cancel: "Cancel",
    dismiss: "Dismiss",
    clearSelection: "Clear selection",
    clear: "Clear the search",
    retry: "Try again",
    detail: (d) => `Details: ${d}`,
    sheetNames: (names) => names.map((x) => `“${x}”`).join(", "),
    openSheet: (name) => `Open sheet “${name}”`,
  },
  period: {
    planYear: "Plan year",
    planYearUp: "Increase the plan year",
    planYearDown: "Decrease the plan year",
    planYearAuto: "Leave empty to use the year the list states.",
    planYearHint: (year, why) => `Leave empty to use the list's: now ${year}, ${why}.`,
    planYearInvalid: "The plan year must be a year from 2000 to 2100, or empty.",
    referenceDate: "Reference date",
    referenceAuto: "As dd/mm/yyyy; leave empty to use the list's, or the end of the plan year.",
    referenceDateHint: (d, why) => `As dd/mm/yyyy; leave empty for ${d} (${why}).`,
    referenceDateInvalid: "Not a valid date — type it as dd/mm/yyyy, for example 31/12/2024.",
    line: (year, yearWhy, date, dateWhy) =>
      `Plan year ${year} (${yearWhy}); reference date ${date} (${dateWhy}).`,
    notYet: "The plan year and reference date come from the list when it is checked.",
    blocked: "Correct the plan year or the reference date on the Summary page to see the results.",
  },
  check: {
    run: "Check",
    rerun: "Check again",
    reading: "Reading the sheet…",
    canceled: "Reading the sheet was cancelled.",
    intro: "Open the sheet with the list of schools and choose Check.",
    tableNotFoundTitle: "No list found",
    tableNotFound: (sheet) =>
      `No list of schools was found on sheet “${sheet}” — open the sheet that holds the list (with a “Tên trường” or “Cơ sở giáo dục” column) and choose Check again.`,
    tableHeading: "List found",
    sheet: "Sheet",
    range: "Range",
    headerRow: "Header row",
    schools: "Schools",
    schoolCount: (x: number, rows: number) => (rows === x ? schools(x) : `${schools(x)} on ${n(rows)} rows`),
    planList: "Plan list: every school has a planned action.",
  },
  mapping: {
    heading: (x) => `Columns found (${x})`,
    intro:
      "Each column is recognised by its header, or by what it holds when the header is unusual (a column “Kế hoạch năm 2023” holding “Công nhận lại”, say). If one is wrong, choose again; your choice is kept for this sheet and used at once.",
    auto: "Automatic",
    none: "No column",
    notFound: "None",
    how: { header: "by its header", values: "by its values", user: "chosen" },
    column: (letter, header) =>
      header === "" ? `Column ${letter} (no header)` : `Column ${letter} — ${header}`,
    fieldLabel: (field) => `Column for “${field}”`,
    reset: "Recognise columns automatically again",
  },
  severity: {
    group: { error: "Errors", warning: "Warnings", info: "Information" },
    count: {
      error: (x) => `${n(x)} ${x === 1 ? "error" : "errors"}`,
      warning: (x) => `${n(x)} ${x === 1 ? "warning" : "warnings"}`,
      info: (x) => `${n(x)} information`,
    },
  },
  findings: {
    heading: "Check results",
    summary: (total, e, w, i) =>
      total === 0
        ? "No findings: the list is valid."
        : `${n(total)} ${total === 1 ? "finding" : "findings"}: ${n(e)} ${e === 1 ? "error" : "errors"}, ${n(w)} ${w === 1 ? "warning" : "warnings"}, ${n(i)} information.`,
    shown: (x, total) => `Showing ${n(x)} of ${n(total)} findings.`,
    severityFilter: "Filter by severity",
    ruleFilter: "Filter by rule",
    allRules: "All rules",
    ruleOption: (title, x) => `${title} (${n(x)})`,
    cell: (cell) => `Cell ${cell}`,
    wholeTable: "Whole list",
    value: "Value read",
    empty: "(empty)",
    basis: "Legal basis",
    regime: (label) => `Rules applied: ${label}`,
    fixTo: "Change to",
    fix: "Fix",
    fixLabel: (cell) => `Fix cell ${cell}`,
    fixAll: (x) => `Fix all ${n(x)} cells of this kind`,
    fixCells: (action, x) => `${action} (${n(x)} cells)`,
    showMore: (x) => `Show ${n(x)} more`,
    noneVisible: "No finding matches the filters.",
  },
  fix: {
    titleOne: (cell) => `Fix cell ${cell}`,
    titleRule: (x, rule) => `Fix ${n(x)} ${x === 1 ? "cell" : "cells"} — ${rule}`,
    intro: "Review the changes before they are written to the sheet. You can undo them afterwards.",
    tableLabel: "Changes to write",
    cell: "Cell",
    current: "Current value",
    next: "New value",
    apply: "Apply",
    applying: "Fixing…",
    done: (x) => `Fixed ${n(x)} ${x === 1 ? "cell" : "cells"} and checked again.`,
    undo: "Undo",
    undone: (x) => `Restored ${n(x)} ${x === 1 ? "cell" : "cells"} and checked again.`,
    undoLatest: (x) => `Undo the latest fix (${n(x)} ${x === 1 ? "cell" : "cells"})`,
    statusLabel: "Outcome of the latest action",
    skipped: (c) => `Left alone: ${skipParts(c)}.`,
    left: (x) => `${cells(x)} may be half written. Click Undo to put them back as they were.`,
  },
  highlight: {
    mark: "Highlight",
    unmark: "Remove highlight",
    marked: (x) =>
      `Coloured ${n(x)} ${x === 1 ? "cell" : "cells"} by severity (red: error, yellow: warning, blue: information).`,
    unmarked: "The cells' previous formatting is back.",
    skipped: (c) => `Not coloured: ${skipParts(c)}.`,
    export: "Export results",
    exported: (sheets) => `Wrote sheet ${sheets}.`,
    actionsLabel: "Result actions",
  },
  summary: {
    heading: "Key figures",
    needCheck:
      "The list has not been read yet. Choose “Read the list” to compute figures from the open sheet.",
    read: "Read the list",
    coverageLabel: (date) => `National standard at ${date}`,
    coverage: (standard, all, rate) =>
      `${n(standard)}/${n(all)} schools, ${rate === null ? "—" : formatPercent(rate, "en")}`,
    levels: (l1, l2) => `Level 1: ${schools(l1)}; level 2: ${schools(l2)}.`,
    projectedLabel: (year) => `Projected at the end of ${year}`,
    communesWithout: "Communes with no national-standard school",
    leftOut: "Left out of the rates",
    targetsLabel: (year) => `Targets for ${year}`,
    targetCount: schools,
    noTargets: "No school in the list is planned for this year.",
    budgetLabel: "Total budget",
    money: (amount) => `${formatNumber(amount, "en")} million đồng`,
    budgetByAction: (action, x, amount) =>
      `${action} (${schools(x)}): ${formatNumber(amount, "en")} million đồng`,
    dueLabel: (year) => `Renewals due (${year}–${year + 1})`,
    dueCount: schools,
    write: "Create summary sheets",
    writing: "Writing the summary sheets…",
    written: (sheets) => `Wrote ${sheets}.`,
  },
  plan: {
    headerLegend: "Document details (kept with the workbook)",
    issuingBody: "Issuing body",
    issuingBodyHint:
      "For example: UBND xã Đông Cứu, Sở GDĐT Bắc Ninh, UBND tỉnh Bắc Ninh; taken from the list's title when it names one.",
    place: "Place",
    placeHint: "For example: Cao Lộc",
    number: "Plan number",
    numberHint: "For example: 20/KH-UBND; leave empty if not numbered yet.",
    date: "Date",
    dateHint: "As dd/mm/yyyy; leave empty if not signed yet.",
    dateInvalid: "Not a valid date — type it as dd/mm/yyyy, for example 04/01/2024.",
    sectionsLegend: "Sections of the plan",
    sections: {
      targets: "Specific targets",
      budget: "Budget",
      renewals: "Renewal schedule",
      appendix: "Appendix",
    },
    noSection: "Choose at least one section.",
    download: "Download Word file (.docx)",
    downloading: "Creating the Word file…",
    downloaded: (name) => `Created ${name}.`,
    fileName: (year) => `plan-kdcl-${year}.docx`,
    appendixForm: "The appendix's list of schools",
    appendixTable: "A table in the document",
    appendixFile: "An attached Excel file (.xlsx)",
    appendixHint: (limit) =>
      `Choose the Excel file when the appendix lists over ${n(limit)} schools: a table in Word would run to hundreds of pages.`,
    appendixLong: (schools, limit) =>
      `The appendix lists ${n(schools)} schools (over ${n(limit)}), a table hundreds of pages long. You can choose “An attached Excel file” under Appendix and create it again.`,
    attachmentReady: (docx, xlsx) =>
      `${docx ?? "The plan"} says the appendix's list is attached as the Excel file “${xlsx}”. Download it and send it with the document.`,
    attachmentDownload: "Download the appendix (.xlsx)",
    attachmentDownloaded: (name) => `Downloaded ${name}.`,
    noAppendixList: "The plan lists no school in an appendix, so there is no appendix workbook.",
  },
  word: {
    title: "Insert plan",
    intro:
      "Choose the list of schools, the plan year and the sections: the plan is inserted into the document at the cursor, with Word's Heading styles and real tables.",
    fileLegend: "List of schools",
    fileLabel: "List file (.xlsx, .xlsm, .xls, .ods or .csv)",
    fileHint: "The file is read on this computer only; it is not sent anywhere.",
    choose: "Choose file…",
    chooseAnother: "Choose another file…",
    noFile: "No file chosen.",
    reading: (name) => `Reading ${name}…`,
    fileFailedTitle: (name) => `Cannot read ${name}`,
    fileFailed:
      "Something went wrong while reading the file. Open it in Excel, save it as .xlsx and choose it again.",
    listLine: (sheets, x, errors) =>
      `${sheets.length > 1 ? "Sheets" : "Sheet"} ${sheets.map((s) => `“${s}”`).join(", ")}: ${schools(x)}, ${n(errors)} ${errors === 1 ? "error" : "errors"}.`,
    listErrors:
      "The list has errors: open the file in Excel and use the add-in's Check page to see and fix them before the plan is issued.",
    noTable: (name) =>
      `No list of schools was found in ${name} — a sheet needs a “Tên trường” (school name) or “Cơ sở giáo dục” column.`,
    headerLegend: "Document details (kept with the document)",
    placeDefault: (place) => `Left empty, it is “${place}”, taken from the issuing body.`,
    insert: "Insert plan",
    insertHint:
      "The plan is inserted at the cursor; if text is selected, the plan goes right after it and the selected text is kept.",
    needFile: "Choose the list file.",
    building: "Writing the plan…",
    inserting: "Inserting into the document…",
    inserted: (year, sections) => `The ${year} plan was inserted into the document: ${sections.join(", ")}.`,
    insertFailedTitle: "The plan could not be inserted",
    buildFailed: "Something went wrong while writing the plan. Send the list file to support.",
    unsupportedTitle: "This version of Word cannot insert the plan",
    settings: "Settings",
    startFailedTitle: "The add-in could not start in Word",
    startFailedBody: "Close the task pane and open it again.",
  },
  help: {
    heading: "The rules of the check",
    intro:
      "Every finding names its cell, the value read, an explanation and its legal basis. Errors must be fixed before the figures are used; warnings need a look; information is for your attention.",
    search: "Find a rule",
    searchPlaceholder: "For example: expired, budget, level",
    none: "No rule matches.",
    example: "Example",
    exampleValue: (value: string) => `A cell reading “${value}”:`,
    exampleNoValue: "A row or the table:",
    basis: "Basis",
    count: (shown: number, total: number) =>
      shown === total ? `${total} rules` : `${shown} of ${total} rules`,
  },
  settings: {
    language: "Language",
    languages: { vi: "Tiếng Việt", en: "English" },
    regime: "Rules applied",
    regimeAuto: "Automatic, by recognition date",
    regimeHint: "Choose a specific set of rules only when you know the whole list was recognised under it.",
    budgetUnit: "Budget unit",
    budgetUnitAuto: "From the column header",
    budgetUnitHint:
      "Use this when the budget header names no unit or the wrong one. All figures are reported in million đồng.",
    budgetUnits: {
      đồng: "đồng",
      "nghìn đồng": "thousand đồng",
      "triệu đồng": "million đồng",
      "tỷ đồng": "billion đồng",
    },
  },
  errors: {
    read: {
      title: "The sheet could not be read",
      hint: "Leave cell editing (press Enter or Esc) and choose Check again.",
    },
    ownSheet: {
      title: "This is a results sheet of the add-in",
      hint: "Open the sheet with the list of schools and choose Check.",
    },
    select: {
      title: "The cell could not be selected",
      hint: "The sheet may have been renamed or deleted. Choose Check again.",
    },
    edit: {
      title: "The cells could not be fixed",
      hint: "The sheet may be protected or a cell is being edited. Leave cell editing and try again.",
    },
    revert: {
      title: "The change could not be undone",
      hint: "The cells may have been edited since. Check them by hand.",
    },
    highlight: {
      title: "The cells could not be coloured",
      hint: "The sheet may be protected. Unprotect it and try again.",
    },
    write: {
      title: "The results sheet could not be written",
      hint: "The workbook structure may be protected. Unprotect it and try again.",
    },
    download: {
      title: "The Word file could not be created",
      hint: "Try again; if it still fails, send the list to support.",
    },
    validate: {
      title: "The list could not be checked",
      hint: "Something went wrong while checking. Send the list to support.",
    },
    settings: {
      title: "The setting could not be saved",
      hint: "Your choice applies for now but will not be remembered.",
    },
  },
  refresh: {
    heading: "Update figures",
    intro:
      "Reads the chosen list again and replaces the figures in the “Automatic figures” parts of the inserted plan (or of a plan file downloaded from the add-in). What you wrote outside those parts is kept.",
    button: "Update figures",
    reading: "Reading the figures in the document…",
    writing: "Updating the document…",
    editedTitle: "Some figures were edited in Word",
    edited: (parts: readonly string[]) =>
      `These parts differ from what the add-in last wrote; updating replaces your edits too: ${parts.join(", ")}.`,
    replaceAll: "Update the edited parts too",
    keepEdited: "Keep the edited parts, update the rest",
    cancel: "Cancel",
    cancelled: "Cancelled; the document was not changed.",
    updated: (year: number, parts: readonly string[]) =>
      `Updated the ${year} plan's figures: ${parts.join(", ")}.`,
    upToDate: (year: number) =>
      `The ${year} plan's figures in the document already match the list; nothing to change.`,
    changesTitle: "Figures changed",
    noChanges: "The key figures did not change.",
    figures: {
      coverage: "Coverage",
      projected: "Coverage expected at year end",
      targets: "Schools proposed for recognition",
      budget: "Budget",
      renewals: "Schools due for renewal",
      appendix: "Schools in the appendix",
    },
    change: (label: string, from: FigureValue | null, to: FigureValue | null) =>
      `${label}: ${figure(from)} → ${figure(to)}${unit(to ?? from)}`,
    parts: {
      coverage: "Coverage",
      targets: "Targets",
      budget: "Budget",
      renewals: "Renewals due",
      appendix: "Appendix",
    },
    missing: (parts: readonly string[]) => `Part not found: ${parts.join(", ")}.`,
    missingHint:
      "A part deleted from the document is not put back automatically; if you need it, use Insert plan and copy that part in.",
    none: "The document has no automatic figures yet. Insert the plan with Insert plan, or open a plan file (.docx) downloaded from the add-in.",
    keptEdited: (parts: readonly string[]) => `Edited parts kept as they are: ${parts.join(", ")}.`,
    dropped: (parts: readonly string[]) =>
      `Kept as they are, since the list no longer has figures for: ${parts.join(", ")}.`,
    otherYears: (years: readonly number[], year: number) =>
      `Parts of the ${years.join(", ")} plan were skipped: the chosen plan year is ${year}. Choose that plan year to update them.`,
    unreadable: (count: number) =>
      `${n(count)} ${count === 1 ? "part was" : "parts were"} written by a newer version of the add-in and kept as they are.`,
    gone: (count: number) =>
      `${n(count)} ${count === 1 ? "part was" : "parts were"} deleted or changed during the update and not replaced.`,
    failedTitle: "The figures could not be updated",
  },
  rollup: {
    toggle: "Sum all sheets",
    hint: "Each sheet is one unit's list (a commune or ward): sum them all, one unit per sheet.",
    reading: "Reading the sheets…",
    heading: (n: string) => `Roll-up of ${n} sheets`,
    units: "Rates by unit (lowest first)",
    unit: (name: string, sheet: string, rate: string) =>
      name === sheet ? `${name}: ${rate}` : `${name} (${sheet}): ${rate}`,
    without: (names: string) => `Communes with no national-standard school: ${names}.`,
    none: "No sheet holds a list of schools.",
  },
  live: {
    toggle: "Check as I edit",
    hint: "When on, the rows you edit on the checked sheet are checked again at once: the findings, the counts and the coloured cells follow.",
    on: (sheet: string) => `Watching the sheet “${sheet}”: every cell you change is checked again.`,
    stopped: {
      deleted: (sheet: string) => `Checking as you edit stopped: the sheet “${sheet}” was deleted.`,
      renamed: (sheet: string) =>
        `Checking as you edit stopped: the sheet “${sheet}” was renamed. Check again to go on.`,
      "no-list": (sheet: string) =>
        `Checking as you edit stopped: the sheet “${sheet}” no longer has the school list's header row.`,
      failed: (sheet: string) =>
        `Checking as you edit stopped: the sheet “${sheet}” could not be read again. Check again to go on.`,
    },
  },
  lists: {
    heading: "Code lists",
    apply: "Add code lists",
    remove: "Remove code lists",
    newCommune: "New list (commune)",
    newProvince: "New list (province)",
    hint: "Adds drop-down lists to the code, level and action columns for the regime in force; values already in cells stay as they are.",
    applied: (columns: number, kept: number) =>
      `Drop-down lists added to ${n(columns)} columns.` +
      (kept > 0 ? ` ${n(kept)} columns with your own data validation were left as they are.` : ""),
    removed: (ranges: number, left: number) =>
      `${n(ranges)} lists added by the add-in removed.` +
      (left > 0 ? ` ${n(left)} ranges whose validation you changed were left alone.` : ""),
    sheet: (name: string) => `The sheet “${name}” was added with the list's header and drop-downs.`,
  },
};
