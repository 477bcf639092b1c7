/**
 * The sheet beside the pane: a read-only spreadsheet view of the in-browser workbook, the way Excel
 * shows it — column letters, row numbers, cells with their fills and fonts, merged ranges, the
 * selected cell outlined, the sheet tabs below and a formula bar above.
 *
 * Virtualized in both directions: only the rows and columns on screen (and a margin) are in the DOM,
 * placed from the sheet's pixel offsets, so a 50 000-row list scrolls as smoothly as a short one.
 * A selection (from the pane's findings, a click or the keyboard) scrolls its cell into view.
 *
 * Accessibility: an ARIA grid with row and column indexes; the selected cell is the active
 * descendant and carries aria-selected; arrows, Page Up/Down, Home and Ctrl+Home/End move it.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import type { KeyboardEvent, ReactNode } from "react";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { CellRange } from "../core/grid";
import { a1, columnLetter } from "../app/format";
import type { Lang } from "../core/text/format";
import type { SheetLayout, WorkbookView } from "../hosts/file/browser";
import type { Strings } from "./strings";

const HEADER_H = 22;
/** Rows and columns drawn beyond the visible area, in pixels, so a fast scroll shows no gap. */
const OVERSCAN = 240;
/** Text of a cell spills over empty neighbours, as in Excel, up to this many columns. */
const MAX_SPILL = 12;

const GRID_LINE = "#E1E1E1";
const HEADER_BG = "#F3F3F3";
const HEADER_SELECTED_BG = "#D2D2D2";
const SELECTION = "#217346";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formulaBar: {
    display: "flex",
    alignItems: "stretch",
    gap: "8px",
    padding: "4px 8px",
    borderBottom: `1px solid ${GRID_LINE}`,
    fontSize: tokens.fontSizeBase200,
    minHeight: "26px",
  },
  nameBox: {
    width: "72px",
    flexShrink: 0,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
  },
  content: {
    flexGrow: 1,
    minWidth: 0,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  scroller: {
    position: "relative",
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "14px",
    color: "#000000",
    outline: "none",
  },
  frame: { position: "relative", flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  /** The keyboard focus ring, over the sticky headers too (an inset shadow on the grid would not be). */
  focusRing: {
    position: "absolute",
    inset: 0,
    zIndex: 6,
    pointerEvents: "none",
    boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}`,
  },
  canvas: { position: "relative" },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 4,
    height: `${HEADER_H}px`,
    backgroundColor: HEADER_BG,
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    height: `${HEADER_H}px`,
    backgroundColor: HEADER_BG,
    borderRight: `1px solid #BFBFBF`,
    borderBottom: `1px solid #BFBFBF`,
    boxSizing: "border-box",
  },
  colLetter: {
    position: "absolute",
    top: 0,
    height: `${HEADER_H}px`,
    boxSizing: "border-box",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid #BFBFBF`,
    textAlign: "center",
    lineHeight: `${HEADER_H}px`,
    fontSize: "12px",
    color: "#444444",
    userSelect: "none",
  },
  row: { position: "absolute", left: 0 },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 3,
    height: "100%",
    boxSizing: "border-box",
    backgroundColor: HEADER_BG,
    borderRight: `1px solid #BFBFBF`,
    borderBottom: `1px solid ${GRID_LINE}`,
    textAlign: "center",
    fontSize: "12px",
    color: "#444444",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    userSelect: "none",
  },
  headerSelected: { backgroundColor: HEADER_SELECTED_BG, color: "#000000", fontWeight: 600 },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: "0 3px",
    display: "flex",
    alignItems: "center",
    whiteSpace: "nowrap",
    overflow: "hidden",
    cursor: "cell",
  },
  spill: { overflow: "visible" },
  spillText: { display: "block", overflow: "hidden", textOverflow: "clip", flexShrink: 0 },
  wrap: { whiteSpace: "normal", lineHeight: "1.15", textAlign: "center" },
  merged: { zIndex: 1, backgroundColor: "#FFFFFF" },
  selection: {
    position: "absolute",
    zIndex: 2,
    boxSizing: "border-box",
    border: `2px solid ${SELECTION}`,
    pointerEvents: "none",
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  tabs: {
    display: "flex",
    overflowX: "auto",
    borderTop: `1px solid ${GRID_LINE}`,
    backgroundColor: HEADER_BG,
    flexShrink: 0,
  },
  ours: { fontStyle: "italic" },
  chart: {
    position: "absolute",
    zIndex: 1,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    padding: "8px 12px",
    backgroundColor: "#FFFFFF",
    border: "1px solid #BFBFBF",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
  },
  chartTitle: { textAlign: "center", fontWeight: 700, fontSize: "14px", marginBottom: "4px" },
  plot: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    alignItems: "stretch",
    gap: "12px",
    borderBottom: "1px solid #8C8C8C",
    padding: "0 8px",
  },
  barSlot: {
    flex: "1 1 0",
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-end",
    alignItems: "center",
  },
  barValue: { fontSize: "12px", marginBottom: "2px" },
  bar: { width: "60%", backgroundColor: "#2E75B6" },
  barLabels: { display: "flex", gap: "12px", padding: "2px 8px 0", fontSize: "12px" },
  barLabel: {
    flex: "1 1 0",
    textAlign: "center",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/** The last index i in [1, n] with offsets[i] <= y (offsets ascending from offsets[1] = 0). */
function indexAt(offsets: Float64Array, n: number, y: number): number {
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const at = (offsets: Float64Array, i: number): number => offsets[i] ?? 0;

function rangeOf(layout: SheetLayout, row: number, col: number): CellRange {
  return layout.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export function GridView({ view, lang, text }: { view: WorkbookView; lang: Lang; text: Strings }) {
  const css = useStyles();
  const id = useId();
  const subscribe = useCallback((listener: () => void) => view.subscribe(listener), [view]);
  useSyncExternalStore(subscribe, () => view.version);
  const sheet = view.active();
  const layout = view.layout(sheet);
  const tabs = view.tabs();
  const sel = view.selection(sheet);
  const selected = rangeOf(layout, sel.row, sel.col);

  const scroller = useRef<HTMLDivElement>(null);
  const [focusVisible, setFocusVisible] = useState(false);
  const [vp, setVp] = useState<Viewport>({ top: 0, left: 0, width: 900, height: 600 });
  const rowHeaderW = 20 + 8 * String(layout.rows).length;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () =>
      setVp({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = scroller.current;
    if (el) setVp({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  };

  // Bring the selected cell into view whenever a cell is selected or another sheet is shown: centred,
  // with its row and neighbours around it, after a jump (a finding clicked in the pane); just enough
  // after a step of the keyboard or a click in the grid.
  const selectSeq = view.selectSeq;
  const stepping = useRef(false);
  useLayoutEffect(() => {
    const el = scroller.current;
    const step = stepping.current;
    stepping.current = false;
    if (!el) return;
    const viewH = el.clientHeight - HEADER_H;
    const viewW = el.clientWidth - rowHeaderW;
    const place = (start: number, end: number, pos: number, size: number): number => {
      if (start >= pos && end <= pos + size) return pos;
      if (!step || end - start > size) return Math.max(0, start - Math.max(0, (size - (end - start)) / 2));
      return start < pos ? start : end - size;
    };
    const top = place(
      at(layout.rowTops, selected.top),
      at(layout.rowTops, selected.bottom + 1),
      el.scrollTop,
      viewH,
    );
    const left = place(
      at(layout.colLefts, selected.left),
      at(layout.colLefts, selected.right + 1),
      el.scrollLeft,
      viewW,
    );
    if (top !== el.scrollTop) el.scrollTop = top;
    if (left !== el.scrollLeft) el.scrollLeft = left;
    // Only a new selection or another sheet scrolls; content changes and scrolling by hand do not.
  }, [sheet, selectSeq]);

  const selectCell = (row: number, col: number) => {
    const r = rangeOf(layout, row, col);
    stepping.current = true;
    view.select(sheet, { row: r.top, col: r.left });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((vp.height - HEADER_H) / 20) - 1);
    let row = sel.row;
    let col = sel.col;
    switch (e.key) {
      case "ArrowDown":
      case "Enter":
        row = selected.bottom + 1;
        break;
      case "ArrowUp":
        row = selected.top - 1;
        break;
      case "ArrowRight":
        col = selected.right + 1;
        break;
      case "ArrowLeft":
        col = selected.left - 1;
        break;
      case "PageDown":
        row = selected.top + page;
        break;
      case "PageUp":
        row = selected.top - page;
        break;
      case "Home":
        col = 1;
        if (e.ctrlKey || e.metaKey) row = 1;
        break;
      case "End":
        if (!(e.ctrlKey || e.metaKey)) return;
        row = layout.lastRow;
        col = layout.lastCol;
        break;
      default:
        return;
    }
    e.preventDefault();
    selectCell(clamp(row, 1, layout.rows), clamp(col, 1, layout.cols));
  };

  // The window of rows and columns to draw.
  const firstRow = indexAt(layout.rowTops, layout.rows, Math.max(0, vp.top - OVERSCAN));
  const lastRow = indexAt(layout.rowTops, layout.rows, vp.top + vp.height + OVERSCAN);
  const firstCol = indexAt(layout.colLefts, layout.cols, Math.max(0, vp.left - OVERSCAN));
  const lastCol = indexAt(layout.colLefts, layout.cols, vp.left + vp.width + OVERSCAN);
  const totalW = rowHeaderW + at(layout.colLefts, layout.cols + 1);
  const totalH = HEADER_H + at(layout.rowTops, layout.rows + 1);

  // Merged ranges reaching into the window are drawn from their top-left cell, even when that cell
  // is outside it; the selected cell is always drawn, so it can be the active descendant.
  const rows = new Set<number>();
  for (let r = firstRow; r <= lastRow; r++) rows.add(r);
  const extraCells = new Map<number, Set<number>>();
  const addCell = (r: number, c: number) => {
    rows.add(r);
    const set = extraCells.get(r);
    if (set) set.add(c);
    else extraCells.set(r, new Set([c]));
  };
  for (const m of layout.merges) {
    if (m.bottom >= firstRow && m.top <= lastRow && m.right >= firstCol && m.left <= lastCol) {
      addCell(m.top, m.left);
    }
  }
  addCell(selected.top, selected.left);

  const cellId = (r: number, c: number) => `${id}-r${r}c${c}`;

  const drawCell = (r: number, c: number): ReactNode => {
    const merge = layout.mergeAt(r, c);
    if (merge && (merge.top !== r || merge.left !== c)) return null;
    const look = layout.cell(r, c, lang);
    const right = merge ? merge.right : c;
    const bottom = merge ? merge.bottom : r;
    const width = at(layout.colLefts, right + 1) - at(layout.colLefts, c);
    const height = at(layout.rowTops, bottom + 1) - at(layout.rowTops, r);
    const isSelected = r === selected.top && c === selected.left;
    let spill = width;
    if (look && look.text !== "" && !merge && !look.wrap && look.align === "left") {
      for (let k = c + 1; k <= Math.min(layout.cols, c + MAX_SPILL); k++) {
        if (layout.mergeAt(r, k) || (layout.cell(r, k, lang)?.text ?? "") !== "") break;
        spill = at(layout.colLefts, k + 1) - at(layout.colLefts, c);
      }
    }
    const address = a1(r, c);
    return (
      <div
        key={c}
        id={cellId(r, c)}
        role="gridcell"
        aria-colindex={c + 1}
        aria-selected={isSelected}
        {...(merge ? { "aria-colspan": right - c + 1, "aria-rowspan": bottom - r + 1 } : {})}
        data-cell={address}
        {...(look?.severity ? { "data-severity": look.severity } : {})}
        className={mergeClasses(
          css.cell,
          merge !== null && css.merged,
          spill > width && css.spill,
          look?.wrap && css.wrap,
        )}
        style={{
          left: rowHeaderW + at(layout.colLefts, c),
          width,
          height,
          ...(look?.fill ? { backgroundColor: look.fill } : {}),
          ...(look?.color ? { color: look.color } : {}),
          ...(look?.bold ? { fontWeight: 700 } : {}),
          ...(look?.italic ? { fontStyle: "italic" } : {}),
          justifyContent:
            look?.align === "right" ? "flex-end" : look?.align === "center" ? "center" : "flex-start",
          ...(look?.wrap ? { textAlign: look.align } : {}),
        }}
        onMouseDown={() => selectCell(r, c)}
      >
        {spill > width ? (
          <span className={css.spillText} style={{ width: spill - 7 }}>
            {look?.text}
          </span>
        ) : (
          look?.text
        )}
        {look?.severity && <span className={css.visuallyHidden}> ({text.grid.severity[look.severity]})</span>}
      </div>
    );
  };

  const drawRow = (r: number): ReactNode => {
    const cells: ReactNode[] = [];
    const drawn = new Set<number>();
    for (let c = firstCol; c <= lastCol; c++) {
      drawn.add(c);
      cells.push(drawCell(r, c));
    }
    for (const c of extraCells.get(r) ?? []) if (!drawn.has(c)) cells.push(drawCell(r, c));
    const rowSelected = r >= selected.top && r <= selected.bottom;
    return (
      <div
        key={r}
        role="row"
        aria-rowindex={r + 1}
        className={css.row}
        style={{
          top: HEADER_H + at(layout.rowTops, r),
          height: at(layout.rowTops, r + 1) - at(layout.rowTops, r),
          width: totalW,
        }}
      >
        <div
          role="rowheader"
          className={mergeClasses(css.rowHeader, rowSelected && css.headerSelected)}
          style={{ width: rowHeaderW }}
        >
          {r}
        </div>
        {cells}
      </div>
    );
  };

  const letters: ReactNode[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const colSelected = c >= selected.left && c <= selected.right;
    letters.push(
      <div
        key={c}
        role="columnheader"
        aria-colindex={c + 1}
        className={mergeClasses(css.colLetter, colSelected && css.headerSelected)}
        style={{
          left: rowHeaderW + at(layout.colLefts, c),
          width: at(layout.colLefts, c + 1) - at(layout.colLefts, c),
        }}
      >
        {columnLetter(c)}
      </div>,
    );
  }

  // Charts of our summary sheet, over the cells they cover (exceljs keeps no chart of its own).
  const charts = layout
    .charts(lang)
    .filter((ch) => ch.range.bottom >= firstRow && ch.range.top <= lastRow)
    .map((ch, i) => (
      <div
        key={`chart-${i}`}
        role="img"
        aria-label={`${ch.title}: ${ch.bars.map((b) => `${b.label} ${b.text}`).join("; ")}`}
        className={css.chart}
        style={{
          top: HEADER_H + at(layout.rowTops, ch.range.top),
          left: rowHeaderW + at(layout.colLefts, ch.range.left),
          width: at(layout.colLefts, ch.range.right + 1) - at(layout.colLefts, ch.range.left),
          height: at(layout.rowTops, ch.range.bottom + 1) - at(layout.rowTops, ch.range.top),
        }}
      >
        <div className={css.chartTitle}>{ch.title}</div>
        <div className={css.plot}>
          {ch.bars.map((b) => (
            <div key={b.label} className={css.barSlot}>
              <span className={css.barValue}>{b.text}</span>
              <div className={css.bar} style={{ height: `${Math.min(100, (b.value / ch.max) * 85)}%` }} />
            </div>
          ))}
        </div>
        <div className={css.barLabels}>
          {ch.bars.map((b) => (
            <span key={b.label} className={css.barLabel}>
              {b.label}
            </span>
          ))}
        </div>
      </div>
    ));

  const selBox = {
    top: HEADER_H + at(layout.rowTops, selected.top) - 1,
    left: rowHeaderW + at(layout.colLefts, selected.left) - 1,
    width: at(layout.colLefts, selected.right + 1) - at(layout.colLefts, selected.left) + 1,
    height: at(layout.rowTops, selected.bottom + 1) - at(layout.rowTops, selected.top) + 1,
  };

  return (
    <div className={css.root}>
      <div className={css.formulaBar}>
        <output className={css.nameBox} aria-label={text.grid.nameBox} data-testid="name-box">
          {a1(selected.top, selected.left)}
        </output>
        <output className={css.content} aria-label={text.grid.content} data-testid="cell-content">
          {layout.content(selected.top, selected.left, lang)}
        </output>
      </div>
      <div className={css.frame}>
        <div
          ref={scroller}
          className={css.scroller}
          role="grid"
          aria-label={text.grid.label(sheet)}
          aria-description={text.grid.keys}
          aria-readonly
          aria-rowcount={layout.rows + 1}
          aria-colcount={layout.cols + 1}
          aria-activedescendant={cellId(selected.top, selected.left)}
          data-sheet={sheet}
          tabIndex={0}
          onScroll={onScroll}
          onKeyDown={onKeyDown}
          onFocus={(e) => setFocusVisible(e.currentTarget.matches(":focus-visible"))}
          onKeyUp={(e) => setFocusVisible(e.currentTarget.matches(":focus-visible"))}
          onBlur={() => setFocusVisible(false)}
        >
          <div className={css.canvas} style={{ width: totalW, height: totalH }}>
            <div role="row" aria-rowindex={1} className={css.colHeader} style={{ width: totalW }}>
              <div className={css.corner} style={{ width: rowHeaderW }} />
              {letters}
            </div>
            {[...rows].sort((a, b) => a - b).map(drawRow)}
            {charts}
            <div className={css.selection} style={selBox} />
          </div>
        </div>
        {focusVisible && <div className={css.focusRing} />}
      </div>
      <div className={css.tabs}>
        <TabList
          size="small"
          selectedValue={sheet}
          onTabSelect={(_, data) => view.activate(String(data.value))}
          aria-label={text.grid.tabs}
        >
          {tabs.map((tab) => (
            <Tab
              key={tab.name}
              value={tab.name}
              data-sheet-tab={tab.name}
              className={tab.ours ? css.ours : undefined}
              {...(tab.ours ? { icon: <TableRegular />, title: text.grid.ours } : {})}
            >
              {tab.name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}
