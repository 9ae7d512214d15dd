import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { meetsMinimum } from '../excel/features';
import { createFillHost } from '../excel/fill-host';
import { createNarrativeHost } from '../excel/narrative-host';
import { App } from './App';
import { defaultEngine } from './default-engine';
import { UnsupportedExcel } from './UnsupportedExcel';

/* The only UI file that touches Office: it checks the Excel version and hands App the Office.js
 * host and the real engine (architecture convention 11). */
Office.onReady((info) => {
  const root = createRoot(document.getElementById('root')!);
  if (info.host !== Office.HostType.Excel) root.render(<UnsupportedExcel reason="not-excel" />);
  else if (!meetsMinimum()) root.render(<UnsupportedExcel reason="old-excel" />);
  else root.render(<App host={createExcelHost()} engine={defaultEngine} fill={createFillHost()} narrative={createNarrativeHost()} />);
});
