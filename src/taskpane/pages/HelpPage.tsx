import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  SearchBox,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ruleHelp, SEVERITY_LABELS } from "../../app/help";
import { useLayout } from "../components/common/styles";
import { SEVERITY_BADGE } from "../components/check/severity";
import { useText } from "../i18n";

/** Folded for search: case and Vietnamese diacritics never matter ("het han" finds "hết hạn"). */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * Quy tắc: every rule of the check, from the rule registry (the README's table comes from the same
 * source): what it checks, how severe it is, an example and its legal basis.
 */
export function HelpPage() {
  const { t, lang } = useText();
  const css = useLayout();
  const [query, setQuery] = useState("");
  const rules = useMemo(() => ruleHelp(lang), [lang]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (q === "") return rules;
    return rules.filter((r) => fold(`${r.title} ${r.checks} ${r.example.message}`).includes(q));
  }, [rules, query]);

  return (
    <div className={css.page}>
      <h2 className={css.heading}>{t.help.heading}</h2>
      <p className={css.muted}>{t.help.intro}</p>
      <Field label={t.help.search}>
        <SearchBox
          value={query}
          placeholder={t.help.searchPlaceholder}
          onChange={(_, data) => setQuery(data.value)}
          dismiss={{ "aria-label": t.common.clear }}
        />
      </Field>
      <p role="status" className={css.muted}>
        {t.help.count(shown.length, rules.length)}
      </p>
      {shown.length === 0 ? (
        <p>{t.help.none}</p>
      ) : (
        <Accordion collapsible multiple>
          {shown.map((r) => (
            <AccordionItem key={r.id} value={r.id}>
              <AccordionHeader>
                <span className={css.row}>
                  <Badge appearance="tint" color={SEVERITY_BADGE[r.severity]}>
                    {SEVERITY_LABELS[lang][r.severity]}
                  </Badge>
                  <span>{r.title}</span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={css.stack}>
                  <p>{r.checks}</p>
                  <div>
                    <strong>{t.help.example}.</strong>{" "}
                    {r.example.value === null ? t.help.exampleNoValue : t.help.exampleValue(r.example.value)}{" "}
                    <em>{r.example.message}</em>
                  </div>
                  {r.basis !== null && (
                    <div className={css.muted}>
                      {t.help.basis}: {r.basis}
                    </div>
                  )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}
