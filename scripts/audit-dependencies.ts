// npm run deps:audit (a step of .ci/run): `npm audit` of every dependency, development ones included.
// Fails (exit 1) on any high or critical advisory, listing them. Where the advisory endpoint cannot be
// reached (this project's offline machines answer 405; a closed network refuses the connection), it
// says plainly that nothing was checked and passes: an unreachable endpoint is not a finding.
import { spawnSync } from 'node:child_process';
import { log, run } from './cli';

interface Advisory {
  title?: string;
  url?: string;
  severity?: string;
}

interface Vulnerability {
  name: string;
  severity: string;
  via: (Advisory | string)[];
  fixAvailable: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

interface AuditReport {
  auditReportVersion: number;
  vulnerabilities: Record<string, Vulnerability>;
  metadata: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
}

const SERIOUS = new Set(['high', 'critical']);

function readReport(stdout: string): AuditReport | { unreachable: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { unreachable: 'npm audit printed no report' };
  }
  const value = parsed as Partial<AuditReport> & { message?: string; error?: { summary?: string; code?: string } };
  if (value.auditReportVersion !== undefined && value.metadata?.vulnerabilities && value.vulnerabilities) return value as AuditReport;
  return { unreachable: value.message ?? value.error?.summary ?? value.error?.code ?? 'npm audit printed no report' };
}

function fixText(fix: Vulnerability['fixAvailable']): string {
  if (fix === false) return 'no fix released';
  if (fix === true) return 'fix: npm audit fix';
  return `fix: ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (a major version)' : ''}`;
}

run(async () => {
  const result = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 });
  const report = readReport(result.stdout ?? '');
  if ('unreachable' in report) {
    log(`npm audit could not reach its advisory endpoint (${report.unreachable}): dependencies were NOT checked for known vulnerabilities on this machine`);
    return;
  }
  const counts = report.metadata.vulnerabilities;
  const serious = Object.values(report.vulnerabilities).filter((v) => SERIOUS.has(v.severity));
  const summary = `npm audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`;
  if (serious.length === 0) {
    log(`${summary}; nothing high or critical`);
    return;
  }
  for (const vulnerability of serious) {
    const advisories = vulnerability.via.filter((via): via is Advisory => typeof via === 'object');
    const what = advisories.length > 0 ? advisories.map((a) => `${a.title} (${a.url})`).join('; ') : `through ${vulnerability.via.join(', ')}`;
    console.error(`  ${vulnerability.name}: ${vulnerability.severity}: ${what}; ${fixText(vulnerability.fixAvailable)}`);
  }
  throw new Error(`${summary}: the ${serious.length} high or critical ${serious.length === 1 ? 'finding is' : 'findings are'} listed above`);
});
