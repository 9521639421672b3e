// Threats, shaming and false legal claims, in any template for any audience (FDCPA
// 1692d/1692e, Reg F 1006.14 and 1006.18; NIFA collection convention; Civil Code 1033).
// Entries are PATTERNS of use, not bare words: "逾期可能影响您的个人信用记录" told to a
// borrower is a fact, "上征信黑名单" is a false claim; "you have the right to go to
// court" informs, "we will sue you" threatens. Words with no honest use in a reminder
// (拘留, 坐牢, arrest, jail, deadbeat…) are flagged wherever they appear.
import type { LexiconPattern } from './lexicon-pattern.js';

// Up to n characters inside one clause (no sentence or clause punctuation between).
const zhGap = (n: number): string => `[^，。！？；,.!?;\\n]{0,${n}}`;
const enGap = (n: number): string => `[^.!?;\\n]{0,${n}}`;
const zh = (id: string, category: LexiconPattern['category'], source: string, why: string): LexiconPattern => ({
  id: `zh.${id}`,
  category,
  pattern: new RegExp(source, 'g'),
  why,
});
const en = (id: string, category: LexiconPattern['category'], source: string, why: string): LexiconPattern => ({
  id: `en.${id}`,
  category,
  pattern: new RegExp(source, 'gi'),
  why,
});
const future = '(?:将|会|要|即将|准备|马上|立即|立刻|已经|已|正式|正在)';

export const threatLexicon: readonly LexiconPattern[] = [
  zh('lawsuit', 'threat', `${future}${zhGap(8)}(?:起诉|提起诉讼|诉讼|提告|立案)|起诉(?:您|你)|(?:诉讼|起诉)(?:程序|流程)${zhGap(2)}(?:将|已)`, 'threatens a lawsuit'),
  zh('court-claim', 'false_legal', '传票|强制执行|查封|冻结(?:您|你)?的?(?:账户|银行卡|资产|财产|工资)|法院判决', 'claims court measures a lender cannot take'),
  zh('lawyer-letter', 'threat', `律师函|(?:律师|法务)${zhGap(4)}(?:介入|接手|处理您|处理你)|移交${zhGap(4)}(?:第三方|外包|催收机构|委外)`, 'threatens escalation'),
  zh('visit', 'threat', `上门(?:催收|催款|拜访|走访|调查|核实|处理)|(?:派|安排|将|会|即将)${zhGap(6)}上门|(?:到|去)(?:您|你)的?(?:家|单位|公司|户籍地|老家)`, 'threatens a visit'),
  zh('tell-others', 'threat', '(?:通知|告知|告诉|联系|通报|发给|群发)(?:您|你)?的?(?:工作)?(?:单位|公司|领导|同事|家人|亲属|亲友|朋友|父母|配偶|子女|村委|居委|紧急联系人)|通讯录', 'threatens to tell other people'),
  zh('expose', 'shaming', `曝光|公示|张贴|挂网|网上公布|公开(?:您|你)的?${zhGap(4)}(?:信息|身份|照片|欠款)`, 'threatens public exposure'),
  zh('police', 'threat', `(?:移交|移送|交由|通知|联系|报|提交)${zhGap(4)}(?:公安|警方|派出所|经侦)|报警|报案|(?:公安|警方|派出所|经侦|警察)${zhGap(6)}(?:介入|立案|调查|抓|处理|上门|找)`, 'threatens the police'),
  zh('blacklist', 'false_legal', `黑名单|失信|征信${zhGap(6)}(?:污点|永久|终身|一辈子|毁)|(?:影响|连累)${zhGap(6)}(?:子女|孩子|家人|亲属)${zhGap(6)}(?:上学|入学|考公|政审|工作|出行)|限制(?:出行|高消费|乘坐)`, 'makes a false claim about credit records'),
  zh('crime', 'false_legal', '拘留|坐牢|判刑|刑事|刑拘|逮捕|入狱|监狱|诈骗罪|恶意透支|犯罪|法律责任', 'claims a crime or criminal penalty'),
  zh('menace', 'threat', `后果自负|后果严重|别怪|走着瞧|最后通牒|最后(?:一次)?警告|不要逼|否则${zhGap(12)}(?:后果|起诉|上门|通知|曝光|处理|追究)`, 'menaces the recipient'),
  zh('shame', 'shaming', '老赖|骗子|无赖|不要脸|丢人|可耻|人渣|没良心|赖账|赖皮|厚颜|丢脸|耻辱|羞耻', 'insults or shames the recipient'),

  en('arrest', 'false_legal', '\\b(?:arrest(?:ed)?|jail(?:ed)?|prison|imprison(?:ed|ment)?|detain(?:ed)?|handcuff\\w*|warrants?)\\b', 'claims arrest or imprisonment'),
  en('criminal', 'false_legal', '\\b(?:criminal|crimes?|prosecut\\w*|fraud charges?|charged with|felony|misdemeanou?r)\\b', 'claims a crime'),
  en('police', 'threat', `\\b(?:call|contact|notify|inform|report|refer|send|involve|alert)\\b${enGap(20)}\\b(?:police|sheriff|law enforcement|authorities)\\b|\\b(?:police|sheriff|law enforcement)\\b${enGap(20)}\\b(?:will|may|could|are going to|coming|visit|contact|involved|arrest)\\b`, 'threatens the police'),
  en('lawsuit', 'threat', "\\b(?:sue|suing|sued)\\b|\\blawsuits?\\b|\\blegal (?:action|proceedings)\\b|\\btake you to court\\b|\\bcourt (?:order|summons|date)\\b|\\bsummons\\b|\\bjudge?ment against\\b|\\bfile (?:a )?(?:suit|claim|case) against\\b|\\battorney'?s? letter\\b", 'threatens a lawsuit'),
  en('garnish', 'threat', '\\bgarnish\\w*|\\bseiz(?:e|ed|ure)\\b|\\brepossess\\w*|\\bfreeze your (?:account|assets|wages)\\b|\\blevy\\b', 'threatens seizure of pay or property'),
  en('tell-others', 'threat', `\\b(?:tell|inform|notify|contact|call|alert|text|email|visit)\\b${enGap(15)}\\byour (?:employer|boss|manager|family|relatives|friends|neighbou?rs|colleagues|co-?workers|workplace|HR|contacts|parents|spouse|wife|husband|children)\\b`, 'threatens to tell other people'),
  en('visit', 'threat', `\\b(?:visit|come to|show up at|send (?:someone|an agent|a team) to)\\b${enGap(15)}\\byour (?:home|house|work|office|workplace|door)\\b`, 'threatens a visit'),
  en('blacklist', 'false_legal', '\\bblacklist\\w*|\\b(?:ruin|destroy|wreck)\\w* your credit\\b|\\bpermanent(?:ly)? (?:mark|record|damage)\\w*', 'makes a false claim about credit records'),
  en('menace', 'threat', '\\bfinal (?:warning|notice)\\b|\\blast (?:warning|chance)\\b|\\bor else\\b|\\b(?:face|suffer) (?:the |serious |severe )?consequences\\b|\\byou will regret\\b|\\bimmediate action will be taken\\b', 'menaces the recipient'),
  en('shame', 'shaming', '\\b(?:deadbeat|shame(?:ful|less)?|ashamed|disgrace(?:ful)?|embarrass\\w*|humiliat\\w*|liar|thief|cheat(?:er)?|scum|loser|irresponsible)\\b', 'insults or shames the recipient'),
];
