/** Entry of the task pane (webpack `taskpane`): everything happens in `boot`. */
import { boot } from "./boot";

const container = document.getElementById("root");
if (container) void boot(container);
