import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
} from "@fluentui/react-components";
import type { Field } from "../../../core/table/fields";
import { FIELDS } from "../../../app/vocabulary";
import type { SchoolTable } from "../../../core/table/model";
import type { SavedMapping } from "../../../app/settings";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";
import { columnChoices } from "./columns";
import { MappingRow } from "./MappingRow";

/** The columns the list was read from, which the user can correct field by field. */
export function ColumnMapping({
  table,
  mapping,
  onChange,
  onReset,
}: {
  table: SchoolTable;
  mapping: SavedMapping;
  onChange: (field: Field, col: number | null) => void;
  onReset: () => void;
}) {
  const { t } = useText();
  const css = useLayout();
  const choices = columnChoices(table);
  const found = FIELDS.filter((f) => table.columns[f] !== undefined).length;
  const userChosen = Object.keys(mapping).length > 0;
  return (
    <Accordion collapsible>
      <AccordionItem value="mapping">
        <AccordionHeader as="h2">{t.mapping.heading(found)}</AccordionHeader>
        <AccordionPanel>
          <div className={css.stack}>
            <p className={css.muted}>{t.mapping.intro}</p>
            {FIELDS.map((field) => (
              <MappingRow
                key={field}
                field={field}
                choices={choices}
                detected={table.columns[field]?.col ?? null}
                how={table.columns[field]?.how ?? null}
                chosen={mapping[field] ?? null}
                onChange={onChange}
              />
            ))}
            {userChosen && (
              <div>
                <Button onClick={onReset}>{t.mapping.reset}</Button>
              </div>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
