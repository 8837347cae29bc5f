import { slackEndToEnd } from '/work/wt-9/bench/slackE2e.ts';
const r = await slackEndToEnd(1000, 5000);
console.log(JSON.stringify(r, null, 1));
