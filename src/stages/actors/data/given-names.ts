/**
 * Common given names across languages (English, Slavic in their usual transliterations, Romance,
 * Germanic, Nordic, Baltic, Arabic, Turkish, Persian, Hebrew, Indian, East Asian). Evidence that a
 * capitalised word starts a person's name. Compact by design: names that are also very common English
 * words ("May", "Will", "Hope") are left out so that a capitalised sentence start is not read as a name.
 */
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

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

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
