// The portal's one stylesheet, served from /p/assets/portal.css (the CSP allows styles
// from 'self' only: no inline style anywhere). Phone first: one column, large tap
// targets, system fonts (CJK included), no web fonts.
export const portalCss = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:#1d2430;background:#f5f6f8}
header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}
header{display:flex;justify-content:space-between;align-items:center;padding-top:.75rem;padding-bottom:.75rem}
header a.home{font-weight:600;color:#1d2430;text-decoration:none}
nav.lang a{margin-left:.75rem}
main{background:#fff;border-radius:.5rem;padding:1rem 1rem 1.5rem;box-shadow:0 1px 2px rgba(0,0,0,.06)}
h1{font-size:1.4rem;line-height:1.3;margin:.25rem 0 .75rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
a{color:#0b57d0}
p.note,.muted{color:#5b6472;font-size:.92rem}
.result{border-left:.3rem solid #5b6472;padding:.5rem .75rem;margin:.75rem 0;background:#f7f8fa}
.result.ok{border-color:#1e7b34;background:#eef7f0}
.result.warn{border-color:#b3261e;background:#fbeeee}
.flash{border:1px solid #1e7b34;background:#eef7f0;padding:.5rem .75rem;border-radius:.25rem}
.flash.error{border-color:#b3261e;background:#fbeeee}
form{margin:.75rem 0}
label{display:block;margin:.5rem 0 .25rem;font-weight:600}
label.inline{display:inline-flex;gap:.35rem;font-weight:400;margin-right:.75rem}
input[type=text],input[type=tel],input[type=number],input[type=time],select{width:100%;font:inherit;padding:.6rem;border:1px solid #b8bfca;border-radius:.35rem;background:#fff}
input.code{letter-spacing:.2em;text-transform:uppercase;font-size:1.2rem}
button{font:inherit;padding:.6rem 1rem;min-height:2.75rem;border:0;border-radius:.35rem;background:#0b57d0;color:#fff;cursor:pointer}
button.secondary{background:#e8ebf0;color:#1d2430}
button.danger{background:#b3261e}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .75rem;margin:.5rem 0}
dt{color:#5b6472}
dd{margin:0}
table{width:100%;border-collapse:collapse;font-size:.92rem}
th,td{text-align:left;padding:.4rem .3rem;border-bottom:1px solid #e3e6eb;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f7f8fa;padding:.75rem;border-radius:.35rem;font-size:.85rem}
ul.actions{list-style:none;padding:0}
ul.actions li{margin:.5rem 0}
footer{padding-top:1rem;padding-bottom:2rem;font-size:.85rem;color:#5b6472}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}table{font-size:.85rem}}
`;
