/** Terminal columns of a line: CJK characters and full-width punctuation take two. */
const columns = (line: string): number => [...line].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);

/** The startup banner's account section: a loud demo warning with the logins, or how to create the first admin. */
export function demoBanner(demo: boolean, demoPassword: string): string[] {
  if (!demo) {
    return [
      '演示账号已关闭 Demo accounts are off (YILIAN_DEMO=off). First city administrator:',
      '  pnpm yilian admin create --tenant 370800 --username NAME',
      '',
    ];
  }
  const warning = [
    '⚠ 演示模式：内置济宁演示账号，密码公开，切勿用于真实数据',
    '⚠ DEMO MODE: built-in demo accounts with a publicly known password.',
    '  Never use this for real data: set YILIAN_DEMO=off (see README, Security).',
  ];
  const width = Math.max(...warning.map(columns)) + 2;
  const pad = (l: string): string => l + ' '.repeat(width - 1 - columns(l));
  return [
    `╔${'═'.repeat(width)}╗`,
    ...warning.map((l) => `║ ${pad(l)}║`),
    `╚${'═'.repeat(width)}╝`,
    `Demo accounts (password: ${demoPassword === 'yilian-demo' ? 'yilian-demo' : '$YILIAN_DEMO_PASSWORD'}):`,
    '  city-admin.370800         市级管理员 city administrator',
    '  county-admin.370811       任城区管理员 (also county-admin.370881 曲阜市)',
    '  window-clerk.370811       综合窗口 window clerk',
    '  reviewer.scjg.370811      市场监管审批员 (reviewer.<dept>.<tenant>)',
    '  supervisor.370800         电子监察 supervisor',
    '  citizen.demo              个人 citizen      company.demo   法人 company',
    '',
  ];
}
