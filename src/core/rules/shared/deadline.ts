import type { RecognitionStatus } from "../../records/status";
import { formatDateValue } from "../../text/format";

/** The deadline as a message shows it: the day, or the earliest month when only a span is known. */
export function deadlineParams(status: RecognitionStatus): { deadline: string; deadlineExact: boolean } {
  const { deadline } = status;
  if (deadline.precision === "day") return { deadline: formatDateValue(deadline), deadlineExact: true };
  return { deadline: formatDateValue({ date: deadline.date, precision: "month" }), deadlineExact: false };
}
