// The plain help page: what being overdue means for a credit record, how plans work,
// where to get free help. General information, not legal advice; it names public
// bodies only, no paid services.
import { html, type SafeHtml } from './html.js';
import { page } from './layout.js';
import { say, type PortalLang } from './portal-text.js';

const zh: SafeHtml = html`
<h2>逾期意味着什么</h2>
<p>超过到期日未还款，就是逾期。贷款机构通常会按合同收取逾期费用，并可能把逾期记录报送给征信机构（例如中国人民银行征信中心）。逾期记录会影响您以后申请贷款或信用卡。还清欠款后，记录会显示为已结清；不良记录一般自结清之日起保留5年。</p>
<p>逾期不是犯罪。任何人都不能以坐牢、上门威胁或告诉您的亲友、同事来逼您还款。正规的提醒只会告诉您欠款和还款方式。</p>
<h2>还款计划怎样运作</h2>
<p>如果一次还不清，可以在账户页面选择分期计划，或者提出自己的计划。在机构规则之内的计划会立即生效，提醒随即停止；超出规则的计划需要人工审核。计划生效后，请按期还款；如果情况有变，请尽早联系机构重新商量。</p>
<h2>如果您认为欠款有误</h2>
<p>可以在账户页面提出异议。异议提出后，催收暂停，直到机构向您提供核实材料。</p>
<h2>免费求助</h2>
<ul>
<li>对贷款机构的催收方式不满：可以在本网站提交投诉，也可以向中国银行保险监督管理部门（拨打 12378）或地方金融监管部门反映。</li>
<li>消费者权益问题：可以拨打 12315 或通过全国12315平台投诉。</li>
<li>法律问题：可以拨打 12348 公共法律服务热线，获取免费法律咨询。</li>
<li>查询本人征信报告：可以通过中国人民银行征信中心官方网站或商业银行网点免费查询。</li>
</ul>
<p class="note">本页内容是一般性说明，不构成法律意见。</p>`;

const en: SafeHtml = html`
<h2>What being overdue means</h2>
<p>A payment not made by its due date is overdue. Lenders usually charge the late fees the contract allows and may report the late payment to credit bureaus. A late payment on your credit record can make future loans or cards harder or dearer to get. Once you repay, the record shows the debt as paid; negative entries stay on a record for several years (in the United States, generally up to 7 years).</p>
<p>Being overdue is not a crime. Nobody may threaten you with arrest, visit you to intimidate you, or tell your family, friends or employer about your debt to make you pay. A proper reminder tells you what you owe and how to pay.</p>
<h2>How repayment plans work</h2>
<p>If you cannot pay everything at once, choose an instalment plan on your account page or propose your own. A plan inside the lender’s rules starts at once and reminders stop; a plan outside them is reviewed by a person. Once a plan is active, pay each instalment on time; if things change, contact the lender early to agree a new plan.</p>
<h2>If you think the debt is wrong</h2>
<p>Dispute it on your account page. Collection then pauses until the lender sends you verification.</p>
<h2>Free help</h2>
<ul>
<li>Complaints about how a lender collects: file a complaint on this site, or with the Consumer Financial Protection Bureau (consumerfinance.gov, 1-855-411-2372) or your state regulator.</li>
<li>Free or low-cost credit counselling: non-profit agencies approved by the U.S. Department of Justice or members of the National Foundation for Credit Counseling (nfcc.org).</li>
<li>Your credit report: free weekly reports at annualcreditreport.com.</li>
<li>In China: 12378 (banking and insurance consumer line), 12315 (consumer rights), 12348 (free public legal advice).</li>
</ul>
<p class="note">This page is general information, not legal advice.</p>`;

export const helpPage = (lang: PortalLang): string =>
  page({ lang, title: say(lang, 'helpTitle'), path: '/p/help' }, html`<h1>${say(lang, 'helpTitle')}</h1>${lang === 'en' ? en : zh}`);
