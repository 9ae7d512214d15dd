// The build's last step (`npm run build:cli`): node lib/cli/write-rule-catalog.js writes
// lib/engine/rules/rule-catalog.json from the compiled registry (see rule-catalog.ts).
import { RULES } from '../engine/rules';
import { writeRuleCatalog } from './rule-catalog';

writeRuleCatalog(RULES);
