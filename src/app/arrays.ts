/** Array helpers that work at any length (no spreading into arguments), for front ends. */
export { appendAll, maxOf } from "../core/arrays";
