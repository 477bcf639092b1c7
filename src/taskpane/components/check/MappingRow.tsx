import { FIELD_LABELS } from "../../../app/vocabulary";
import { Badge, Dropdown, Field, Option } from "@fluentui/react-components";
import type { Field as FieldId } from "../../../core/table/fields";
import { useText } from "../../i18n";
import type { ColumnChoice } from "./columns";

const AUTO = "auto";

/** One field of the list and the column it is read from; the user may pick another. */
export function MappingRow({
  field,
  choices,
  detected,
  chosen,
  onChange,
}: {
  field: FieldId;
  choices: readonly ColumnChoice[];
  /** The column the field is read from now. */
  detected: number | null;
  /** The column the user chose, if any. */
  chosen: number | null;
  onChange: (field: FieldId, col: number | null) => void;
}) {
  const { t, lang } = useText();
  const label = FIELD_LABELS[field][lang];
  const text = (c: ColumnChoice) => t.mapping.column(c.letter, c.header);
  const current = choices.find((c) => c.col === detected);
  return (
    <Field
      label={{
        children: (
          <>
            {label}{" "}
            {chosen !== null && (
              <Badge appearance="tint" size="small">
                {t.mapping.chosen}
              </Badge>
            )}
          </>
        ),
      }}
    >
      <Dropdown
        aria-label={t.mapping.fieldLabel(label)}
        value={current ? text(current) : t.mapping.notFound}
        selectedOptions={[chosen === null ? AUTO : String(chosen)]}
        onOptionSelect={(_, data) => {
          const value = data.optionValue;
          if (value === undefined) return;
          onChange(field, value === AUTO ? null : Number(value));
        }}
      >
        <Option value={AUTO}>{t.mapping.auto}</Option>
        {choices.map((c) => (
          <Option key={c.col} value={String(c.col)}>
            {text(c)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
