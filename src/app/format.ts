/** Vietnamese (and English) formatting of numbers, dates and cell addresses, for front ends. */
export { a1, columnLetter } from "../core/grid";
export { endOfYear, isValidDay } from "../core/text/dates";
export { formatCount2, formatDateValue, formatDay, formatNumber, formatPercent } from "../core/text/format";
