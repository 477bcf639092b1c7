import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookHost } from "../hosts/host";

/** The workbook the pane works on. Components reach it only through this context. */
const HostContext = createContext<WorkbookHost | null>(null);

export function HostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): WorkbookHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost outside HostProvider");
  return host;
}
