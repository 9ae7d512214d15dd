/* The ribbon's FunctionFile: the button only opens the task pane (ShowTaskpane), so this page
 * just tells Office it is ready. */
Office.onReady(() => undefined);
