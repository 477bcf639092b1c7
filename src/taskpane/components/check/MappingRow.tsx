import { FIELD_LABELS } from "../../../app/vocabulary";
import { NO_COLUMN } from "../../../app/settings";
import { Badge, Dropdown, Field, Option } from "@fluentui/react-components";
import type { Field as FieldId } from "../../../core/table/fields";
import type { ColumnSource } from "../../../core/table/model";
import { useText } from "../../i18n";
import type { ColumnChoice } from "./columns";

const AUTO = "auto";

/** One field of the list and the column it is read from; the user may pick another. */
export function MappingRow({
  field,
  choices,
  detected,
  how,
  chosen,
  onChange,
}: {
  field: FieldId;
  choices: readonly ColumnChoice[];
  /** The column the field is read from now. */
  detected: number | null;
  /** Why that column: its header, its values, or the user's choice. */
  how: ColumnSource | null;
  /** The column the user chose (NO_COLUMN: none), if any. */
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
            {how !== null && (
              <Badge appearance="tint" size="small" color={how === "values" ? "warning" : "brand"}>
                {t.mapping.how[how]}
              </Badge>
            )}
            {how === null && chosen === NO_COLUMN && (
              <Badge appearance="tint" size="small">
                {t.mapping.how.user}
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
        <Option value={String(NO_COLUMN)}>{t.mapping.none}</Option>
        {choices.map((c) => (
          <Option key={c.col} value={String(c.col)}>
            {text(c)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
