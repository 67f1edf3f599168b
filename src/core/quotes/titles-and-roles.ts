/**
 * DATA: words that make up roles and titles around a name ("Kremlin spokesman Dmitry Peskov",
 * "U.S. Secretary of State Antony Blinken", "Sen. Ted Cruz"). A role is what precedes the name in
 * such a chain, or an apposition after it; the name is what is left.
 */
import { wordSet } from '../text/words';

/**
 * Capitalised titles written before a name. Compared in lower case, without a trailing period.
 * A chain of them ("Vice President", "Foreign Minister", "Attorney General") is all role.
 */
export const TITLES = wordSet(`
  president vice prime minister secretary sen sens senator senators rep reps representative gov governor
  mayor chancellor judge justice dr mr mrs ms miss mx prof professor gen general col colonel lt
  lieutenant maj major capt captain adm admiral sgt sergeant cmdr commander ambassador chairman
  chairwoman chair director speaker leader attorney commissioner spokesman spokeswoman spokesperson
  king queen prince princess pope cardinal bishop rev reverend father pastor rabbi imam sheikh emir
  sheriff chief deputy foreign defense defence interior finance press assistant acting former
  executive ceo cto cfo coo cio cmo treasurer councilman councilwoman congressman congresswoman lord lady sir dame
  officer detective agent coach premier crown superintendent inspector adviser advisor aide
  minority majority whip nominee candidate candidates presidential state treasury homeland
  security health education energy economy trade labor labour justice defense-secretary
  first lady sen. gov. rep. st saint senior supreme elect president-elect mister archbishop fr
  supervisor comptroller administrator auditor registrar
`);

/** Role nouns: the last word of a role ("campaign manager", "chief market strategist"). */
export const ROLE_NOUNS = wordSet(`
  spokesman spokeswoman spokesperson spokesmen minister secretary president senator governor
  manager chairman chairwoman chair director strategist analyst economist adviser advisor aide
  official lawyer attorney professor leader candidate nominee hopeful chief head executive founder
  ceo cto cfo coo cio cmo commissioner ambassador general commander mayor judge host anchor correspondent reporter
  editor columnist author researcher scientist expert pollster consultant operative activist
  organizer organiser businessman businesswoman billionaire developer owner investor congressman
  congresswoman lawmaker legislator representative rep sen gov diplomat envoy negotiator prosecutor
  detective officer sheriff chancellor premier deputy whip speaker surrogate staffer strategist
  historian writer commentator pundit economist physician doctor spokesperson partner president-elect
  mogul magnate star actor actress singer rapper player coach veteran mother father wife husband
  son daughter brother sister friend fellow member counsel supervisor comptroller administrator
  auditor registrar
`);

/** Nouns for people spoken of without a name; used as speakers as written ("officials", "a source"). */
export const PEOPLE_NOUNS = wordSet(`
  official officials source sources aide aides adviser advisers advisor advisors spokesman spokeswoman
  spokesperson analyst analysts expert experts critic critics supporter supporters observer observers
  diplomat diplomats lawmaker lawmakers legislator legislators minister ministers president senator
  governor mayor judge prosecutor prosecutors investigator investigators officer officers police
  witness witnesses resident residents voter voters leader leaders member members economist
  economists strategist strategists insider insiders people person man woman friend friends
  organizer organizers organisers activist activists candidate candidates nominee staffer staffers
  employee employees worker workers protester protesters protesters doctor doctors scientist
  scientists researchers researcher lawyer lawyers attorney attorneys authorities authority
  democrats republicans conservatives liberals pollster pollsters reporter reporters author
  authors writer columnist editor editors host campaign others some many several few both
  surrogates surrogate allies ally opponents opponent rivals rival delegate delegates secretary
  manager director chairman chief ambassador envoy negotiator negotiators commander generals
  percent respondents americans adults participants economists parents students teachers
`);

/** Heads that make a speaker an organisation ("the Russian foreign ministry", "State Department"). */
export const ORG_HEADS = wordSet(`
  ministry department agency office government administration campaign committee commission council
  party company corporation corp inc group organization organisation union association foundation
  institute university college court police army military navy board bank network newspaper paper
  magazine outlet service bureau embassy parliament congress senate house cabinet alliance coalition
  team firm club league federation authority regime kremlin pentagon times post journal news press
  tribune herald review reuters agency network channel station website site blog center centre centers centres institutes
  fund watch caucus assembly legislature state commission staff lab laboratory secretariat
  council statement report poll survey study letter memo email filing lawsuit complaint release
  services affairs observatory nations forces tribunal directorate inspectorate
`);

/**
 * Places that speak as governments ("Russia said", "Moscow believes"). Kept short: the capitals and
 * countries most often used this way in news copy.
 */
export const PLACE_SPEAKERS = wordSet(`
  russia ukraine china iran israel india pakistan turkey syria iraq egypt japan germany france
  britain italy spain poland canada mexico brazil cuba venezuela belarus georgia taiwan korea
  moscow kyiv kiev washington beijing tehran jerusalem ankara damascus baghdad cairo tokyo berlin
  paris london rome warsaw ottawa minsk pyongyang seoul brussels europe america
`);

/** Capitalised words that describe rather than name ("Democrat Dana Kell", "Journalist Mateo Ibarrola"). */
export const ROLEISH = wordSet(`
  democrat republican democratic journalist billionaire comedian actor actress activist conservative
  liberal independent progressive tory socialist nationalist unionist businessman businesswoman mogul candidate author columnist host anchor
  pundit rapper singer star veteran lawmaker congressman congresswoman moderator co-moderator advocate
  pollster strategist analyst economist professor
`);
