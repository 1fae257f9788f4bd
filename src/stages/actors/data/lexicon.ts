/**
 * Word lists the actor detector reads: role nouns, the words that may stand in a role phrase, words
 * that mark an organization, news organizations, and sentence-starting function words.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that head a role or title ("spokesman", "minister"); lower case, singular and plural. */
export const ROLE_HEADS = words(`
president presidents vice-president minister ministers secretary secretaries spokesman spokeswoman spokesperson spokesmen
envoy envoys adviser advisers advisor advisors aide aides assistant chancellor premier chief chiefs head leader leaders
director ambassador ambassadors senator senators congressman congresswoman representative lawmaker lawmakers governor mayor
general commander commanders admiral colonel officer officers official officials diplomat diplomats negotiator negotiators
chairman chairwoman chair chairperson deputy king queen prince emperor pope sheikh emir dean rector professor analyst analysts
expert experts strategist economist fellow researcher scholar academic academician philosopher commentator journalist reporter
correspondent editor host anchor columnist founder ceo executive manager partner spokesperson press-secretary ombudsman
prosecutor judge justice speaker whip attorney counsel consul delegate delegation coordinator representative mediator
lieutenant captain sergeant marshal mp mep secretary-general director-general commissioner chancellor
alderman alderwoman aldermen alderwomen alderperson councilman councilwoman councilmen councilwomen councillor councillors
councilor councilors councilmember councilmembers councilperson assemblyman assemblywoman assemblymember
ayatollah imam rabbi pastor bishop archbishop cardinal patriarch mufti cleric
`);

/** Role heads whose holder speaks for no side by virtue of the role (analysts, scholars, journalists). */
export const INDEPENDENT_ROLES = words(`
analyst analysts expert experts strategist economist fellow researcher scholar academic academician philosopher commentator
journalist reporter correspondent editor host anchor columnist professor dean rector
`);

/** Words that may stand inside a role phrase besides heads and country words ("Foreign", "special", "press"). */
export const ROLE_MODIFIERS = words(`
former acting deputy senior special chief top vice then new interim foreign defense defence national security state
presidential prime affairs general interior finance economic economy trade justice health energy first second
press top-ranking leading longtime long-time veteran outgoing incoming designate elect peace middle east staff
armed forces ground army navy air military intelligence council house white kremlin presidency office cabinet
investment fund direct personal main principal lead key chief-of-staff co ministry department agency embassy
government administration parliament
union league association federation committee commission board club party company
climate environment environmental labor labour transport education agriculture commerce industry
fisheries fishing maritime oceans mines mining petroleum forestry communication communications information media
telecommunications technology science digital planning infrastructure development welfare employment youth sports
`);

/**
 * Departments and qualifiers that stand in a title before its head ("Treasury Secretary", "Senate Minority
 * Leader", "party spokesman"), but, unlike the modifiers above, also start organizations' names ("Labour Party").
 */
export const TITLE_QUALIFIERS = words(`
treasury commerce labor labour agriculture education transport transportation homeland veterans housing environment culture
external internal tourism immigration minority majority opposition ruling union party negotiating guild studio studios
`);

/** Lower-case words that join a role phrase ("Secretary of State", "envoy to the Middle East"). */
export const ROLE_CONNECTORS = words(`of the to for on at in and`);

/** Plural trades and callings that name a body of their members when capitalised in a name ("United Dockworkers of the Atlantic", "Coalition of American Importers"). */
export const COLLECTIVE_PLURAL = /^(?:\p{L}*workers|employees|farmers|growers|ranchers|teachers|educators|nurses|physicians|doctors|producers|manufacturers|importers|exporters|dealers|retailers|merchants|pilots|machinists|teamsters|engineers|scientists|veterans|journalists|lawyers|bankers|miners|drivers|truckers|builders|contractors|employers|industries|investors|shippers|carriers|citizens|residents|parents|patients|consumers|taxpayers|students|fishermen|families|women|pensioners|tenants|players|athletes|writers|artists|actors|musicians|performers|owners|officers|firefighters|controllers|attendants|technicians|operators|traders|fishers|landlords|homeowners|voters|survivors|victims|peoples|mothers|seafarers|dockers|growers|planters|herders|pastoralists|bondholders|noteholders|creditors|lenders|shareholders|stockholders|depositors|policyholders|publishers|broadcasters|editors|newspapers|booksellers|authors|printers|agents|brokers|insurers|hoteliers|suppliers|distributors|processors|pharmacists|dentists|midwives|surgeons|professors|academics|researchers)$/iu;
/**
 * `COLLECTIVE_PLURAL.test(word)`, asked first of the word's last letter: each word it reads ends in "s" or "n" (in
 * either case; "ſ" folds to "s"), and the regex, tried from every start its `\p{L}*workers` allows, was 0.8% of the actors stage.
 */
export function isCollectivePlural(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 115 || last === 83 || last === 110 || last === 78 || last === 0x17f) && COLLECTIVE_PLURAL.test(word);
}

/** Titles written before a name that say "a person follows" but are not roles worth keeping. */
export const HONORIFICS = words(`mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col sgt capt adm rev`);

/** A word that makes a capitalised phrase an organization's name. */
export const ORG_WORDS = words(`
ministry institute institution council committee commission agency bank group management center centre university party
parliament news foundation corporation company inc corp ltd llc plc association union organization organisation fund forum
office department service services times post journal press club endowment capital partners holdings airlines airways media network
television tv radio court senate congress duma rada cabinet academy federation alliance league coalition front movement brigade
battalion regiment army navy guard police bureau board authority exchange society trust associates consulting advisors
administration assembly secretariat observatory tribune herald gazette telegraph chronicle daily weekly broadcasting
embassy consulate partnership college hospital museum centers institutes laboratory laboratories caucus organizations guild
securities aircraft aerospace motors steel petroleum mining shipping logistics foods insurance investments brands studios
pharmaceuticals therapeutics electronics semiconductors automotive chemicals industries enterprises technologies telecom railways
terminals freight lines rail transit utilities resources hospitals chamber bloc
cooperative co-operative militia pharma energy
cartel cartels diocese archdiocese bishopric eparchy syndicate gang
air wings airline aviation watch community
banca banco banque sparkasse kreditbank landesbank ledger courier inquirer examiner
bros bros. brothers
`);

/** Group nouns after a demonym that make it a mention of the country ("Russian officials"). */
export const DEMONYM_GROUP_NOUNS = words(`
officials official authorities government side delegation delegations delegate delegates forces troops military army leadership leaders negotiators
diplomats sources officers administration team parliament lawmakers ministry soldiers navy command state senators legislators aides
position positions stance stances response objections objection concerns request requests
demands demand proposal proposals offer offers plan plans memorandum ultimatum counterproposal counteroffer
withdrawal pullout offensive attack attacks strike strikes airstrike airstrikes invasion incursion bombardment shelling
`);

/** Verbs after a name that show a person speaking. */
export const SPEECH_VERBS = words(`
said says told added noted wrote argued stated explained warned insisted commented acknowledged urged mentioned claimed
stressed emphasized emphasised declared announced replied responded asked suggested believes thinks called tweeted posted
confirmed denied admitted recalled observed continued concluded predicted cautioned agreed disagreed
`);

/** Capitalised words at a sentence start that are never the start of a name. */
export const FUNCTION_WORDS = words(`
a an the this that these those there here it its he she they we i you his her their our my your him them us
and but or nor so yet for if when while since because although though unless until after before as at by in on of to with
without within about above across against along among around behind below beneath beside between beyond despite during
except from inside into like near off onto outside over past through throughout toward towards under underneath unlike
upon via what which who whom whose why how where whether however meanwhile moreover furthermore nevertheless nonetheless
still also even just only then thus therefore instead otherwise besides indeed perhaps maybe already again once now today
yesterday tomorrow tonight later earlier previously recently currently finally first second third last next both each every
either neither some any many much more most few several all no not none such other another according following asked
speaking analysts officials critics experts sources observers reports report update breaking exclusive watch read
photo video live editor note opinion analysis comment subscribe follow share
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december
`);

/** Capitalised all-caps tokens that are not organizations: units, currencies, codes, and taxes and measures ("a VAT hike", "GDP"). */
export const NOT_ACRONYMS = words(`
ceo cfo coo cto gdp usd eur rub uah tv ai pm am ok ii iii iv vi vii viii ix xi xii lng covid sars hiv aids dna faq
pdf html url rss gmt utc est edt pst bst cet cest msk ukr rus usa us uk eu un ps pr vs
vat gst hst cpi gnp gni fdi ppp ebitda
`);

/** News organizations, as written (major wires, broadcasters, papers and agencies). */
export const NEWS_ORGANIZATIONS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Bloomberg', 'Bloomberg News', 'Dow Jones',
  'TASS', 'RIA Novosti', 'Interfax', 'Interfax-Ukraine', 'Ukrinform', 'UNIAN', 'RBC', 'Kommersant', 'Vedomosti',
  'Izvestia', 'RT', 'Sputnik', 'Meduza', 'Novaya Gazeta', 'Pravda.Ru', 'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda',
  'BBC', 'BBC News', 'CNN', 'NBC News', 'NBC', 'CBS News', 'CBS', 'ABC News', 'ABC', 'Fox News', 'MSNBC', 'NPR', 'PBS',
  'Politico', 'Axios', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'Wall Street Journal', 'Financial Times', 'The Economist', 'The Guardian', 'The Times',
  'The Telegraph', 'Der Spiegel', 'Le Monde', 'Al Jazeera', 'Xinhua', 'Kyodo', 'Yonhap', 'Anadolu Agency', 'Euronews',
  'Deutsche Welle', 'Radio Free Europe/Radio Liberty', 'RFE/RL', 'Voice of America', 'The Hill', 'Newsweek', 'Time',
  'USA Today', 'Los Angeles Times', 'Breitbart', 'Breitbart News', 'HuffPost', 'Huffington Post', 'Vox', 'Fox',
];

/**
 * Thesaurus substitutions that article spinners commonly make on the words organisation, office and place
 * names are built from (a "House" becomes a "Home", "News" becomes "Information", a "Ministry" a
 * "Department"). Each group is a set of mutual substitutes; a word may sit in several groups. Used only
 * to match a multiword gazetteer name when another of its words matches exactly, so a loose group costs
 * little. General data: no group is tied to a particular name or article.
 */
export const SPINNER_SYNONYMS: readonly (readonly string[])[] = [
  ['house', 'home', 'residence', 'household'],
  ['news', 'information', 'report', 'reports', 'data'],
  ['foreign', 'overseas', 'international', 'external'],
  ['international', 'worldwide', 'global'],
  ['world', 'global', 'worldwide', 'planet'],
  ['national', 'nationwide'],
  ['federal', 'national'],
  ['policy', 'coverage', 'protection'],
  ['affairs', 'issues', 'matters'],
  ['security', 'safety', 'protection'],
  ['defense', 'defence', 'protection'],
  ['state', 'condition', 'nation'],
  ['council', 'board', 'authority', 'committee'],
  ['committee', 'commission', 'panel'],
  ['ministry', 'department', 'division'],
  ['office', 'workplace', 'bureau'],
  ['agency', 'company', 'firm'],
  ['organization', 'organisation', 'group', 'company'],
  ['association', 'union', 'affiliation'],
  ['institute', 'institution'],
  ['center', 'centre', 'heart', 'middle'],
  ['economy', 'economic', 'financial', 'monetary', 'fiscal'],
  ['relations', 'relationships', 'ties'],
  ['studies', 'research', 'analysis'],
  ['times', 'occasions', 'instances'],
  ['post', 'publish', 'submit'],
  ['street', 'road', 'avenue'],
  ['square', 'sq'],
  ['united', 'joint', 'combined', 'unified'],
  ['nations', 'countries', 'states'],
  ['general', 'basic', 'common'],
  ['staff', 'workers', 'employees', 'personnel'],
  ['war', 'battle', 'warfare'],
  ['army', 'military', 'forces'],
  ['armed', 'military'],
  ['people', 'individuals', 'persons'],
  ['republic', 'commonwealth'],
  ['public', 'community'],
  ['central', 'main', 'principal'],
  ['trade', 'commerce', 'business'],
  ['justice', 'fairness'],
  ['liberation', 'freedom'],
  ['front', 'entrance', 'forefront'],
  ['movement', 'motion'],
  ['party', 'celebration'],
];

/** Role heads that give their holder a side only when a country is written before the head ("Kremlin adviser"). */
export const SEMI_INDEPENDENT_ROLES = words(`adviser advisor advisers advisors director head chief manager founder partner executive ceo`);

/** Spellings of one role head ("spokeswoman" / "spokesman"), so that "the spokesperson" finds its holder. */
export const ROLE_HEAD_CANON: ReadonlyMap<string, string> = new Map([
  ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'], ['press-secretary', 'spokesman'], ['advisor', 'adviser'],
  ['chairwoman', 'chairman'], ['chair', 'chairman'], ['chairperson', 'chairman'], ['aide', 'assistant'],
]);

/** Generic words ending a company's name, dropped in its short form ("Evercore Partners" is "Evercore" on second reference). */
export const CORPORATE_TAILS = words(`
partners group holdings capital communications systems technologies motor motors company co corp corporation inc plc llc ltd
international industries enterprises pharmaceuticals labs laboratories securities aircraft aerospace airlines airways steel
petroleum mining shipping logistics foods insurance investments brands studios therapeutics electronics semiconductors automotive
chemicals telecom railways terminals freight lines resources platforms
defence defense copper gold metals minerals oil gas construction engineering solutions ventures materials cement
`);

/** Capitalised names of laws, programmes and policies: they recur and "do" things in the news ("Obamacare has raised premiums") but are no one. */
export const POLICY_NAMES = words(`
obamacare medicare medicaid brexit trumpcare romneycare nafta dreamers daca
`);
