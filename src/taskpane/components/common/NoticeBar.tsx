import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A result or a hint, with an optional action ("Hoàn tác", "Mở trang"). */
export function NoticeBar({
  intent,
  title,
  children,
  actions,
}: {
  intent: "success" | "info" | "warning";
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {/* The space belongs to the title: a bar without one must not start with a blank. */}
        {title !== undefined && (
          <>
            <MessageBarTitle>{title}</MessageBarTitle>{" "}
          </>
        )}
        {children}
      </MessageBarBody>
      {actions !== undefined && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
