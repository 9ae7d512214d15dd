/**
 * Requirement sets, as Office.context.requirements.isSetSupported answers them. A test lowers
 * `ExcelApi` to simulate an old client (e.g. Office 2016 LTSC without notes or getRanges).
 */

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequirementSets {
  /** Set name (case-insensitive) → highest supported version. */
  private readonly sets = new Map<string, string>([['excelapi', '1.20']]);

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const max = this.sets.get(name.toLowerCase());
    if (max === undefined) return false;
    if (minVersion === undefined || minVersion === '') return true;
    return compareVersions(max, String(minVersion)) >= 0;
  }

  /** Sets (or with null removes) a requirement set's highest version. */
  set(name: string, maxVersion: string | null): void {
    if (maxVersion === null) this.sets.delete(name.toLowerCase());
    else this.sets.set(name.toLowerCase(), maxVersion);
  }

  excelApi(minVersion: string): boolean {
    return this.isSetSupported('ExcelApi', minVersion);
  }
}
