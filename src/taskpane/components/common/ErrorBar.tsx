import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useText } from "../../i18n";
import type { PaneError } from "../../lib/errors";

/** A failure the user can act on: what happened, what to do, the host's own words. */
export function ErrorBar({
  error,
  onDismiss,
  actions,
}: {
  error: PaneError;
  onDismiss?: () => void;
  actions?: ReactNode;
}) {
  const { t, pick } = useText();
  const text = t.errors[error.kind];
  // The host's own account of what was and was not done replaces the generic hint.
  const said = error.said === null ? null : pick(error.said);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle> {said ?? text.hint}
        {said === null && error.detail !== null && <div>{t.common.detail(error.detail)}</div>}
      </MessageBarBody>
      {(onDismiss || actions) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button
                appearance="transparent"
                aria-label={t.common.dismiss}
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            ) : null
          }
        >
          {actions}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
