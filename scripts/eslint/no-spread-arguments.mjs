// @ts-check
/**
 * No spreading into a call's arguments (`push(...rows)`, `Math.max(...widths)`, `new Date(...parts)`).
 * JavaScript engines put spread arguments on the stack: past roughly 100,000 elements the call throws
 * "Maximum call stack size exceeded", so a list that is merely long would fail. Loops have no limit.
 */

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "forbids spreading arrays into call arguments (they overflow the stack when long)" },
    schema: [],
    messages: {
      spread: "Spreading into arguments overflows the stack on long arrays: use a loop (or a reduce).",
    },
  },
  create(context) {
    const check = (node) => {
      for (const arg of node.arguments)
        if (arg.type === "SpreadElement") context.report({ node: arg, messageId: "spread" });
    };
    return { CallExpression: check, NewExpression: check };
  },
};

export default rule;
