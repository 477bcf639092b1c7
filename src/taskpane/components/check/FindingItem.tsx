import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../../../core/findings/finding";
import { describeFinding } from "../../../app/describe";
import { useText } from "../../i18n";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  target: {
    boxSizing: "border-box",
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    display: "block",
    width: "100%",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { padding: tokens.spacingHorizontalXS },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fix: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  basis: { fontSize: tokens.fontSizeBase200, "& summary": { cursor: "pointer" } },
});

/**
 * One finding: where (clickable, or Enter/Space, to show the cell), what, the value read, the fix when
 * there is a safe one, and the legal basis on demand.
 */
export function FindingItem({
  finding,
  sameRuleFixes,
  onSelect,
  onFix,
}: {
  finding: Finding;
  /** Fixable findings of the same rule, for "fix all of this kind". */
  sameRuleFixes: number;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding, scope: "one" | "rule") => void;
}) {
  const { t, lang } = useText();
  const css = useStyles();
  const text = describeFinding(finding, lang);
  const where = finding.cell === null ? t.findings.wholeTable : t.findings.cell(finding.cell);
  const content = (
    <>
      <span className={css.cell}>{where}</span>
      <span>{text.message}</span>
    </>
  );
  return (
    <li className={css.item}>
      {finding.cell === null ? (
        <div className={css.plain}>{content}</div>
      ) : (
        <button type="button" className={css.target} onClick={() => onSelect(finding)}>
          {content}
        </button>
      )}
      <div className={css.meta}>
        {text.title}
        {finding.column !== null && ` · ${finding.column}`}
        {finding.cell !== null && ` · ${t.findings.value}: ${finding.value ?? t.findings.empty}`}
      </div>
      {text.fix !== null && finding.cell !== null && (
        <div className={css.fix}>
          <span>
            {t.findings.fixTo}: <strong>{text.fix}</strong>
          </span>
          <Button
            size="small"
            icon={<WrenchRegular />}
            {...(text.fixCells > 1 ? {} : { "aria-label": t.findings.fixLabel(finding.cell) })}
            onClick={() => onFix(finding, "one")}
          >
            {text.fixCells > 1
              ? t.findings.fixCells(text.fixAction ?? t.findings.fix, text.fixCells)
              : (text.fixAction ?? t.findings.fix)}
          </Button>
          {sameRuleFixes > 1 && (
            <Button size="small" appearance="subtle" onClick={() => onFix(finding, "rule")}>
              {t.findings.fixAll(sameRuleFixes)}
            </Button>
          )}
        </div>
      )}
      {text.basis !== null && (
        <details className={css.basis}>
          <summary>{t.findings.basis}</summary>
          <p>{text.basis}</p>
          {text.regime !== null && <p>{t.findings.regime(text.regime)}</p>}
        </details>
      )}
    </li>
  );
}
