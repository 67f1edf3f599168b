/**
 * DATA: hints at a person's grammatical gender, used only to choose between candidates for
 * "he" / "she". Never shown to users.
 */
import { wordSet } from '../text/words';

/** Honorifics and role words that say "she". */
export const SHE_WORDS = wordSet(`mrs ms miss madam dame lady queen princess spokeswoman chairwoman congresswoman
  councilwoman businesswoman actress mother wife daughter sister grandmother woman`);

/** Honorifics and role words that say "he". */
export const HE_WORDS = wordSet(`mr sir lord king prince spokesman chairman congressman councilman businessman
  father husband son brother grandfather man`);

/** Common women's first names in English-language news (a hint only; unknown names stay neutral). */
export const SHE_FIRST_NAMES = wordSet(`hillary nancy elizabeth sarah kellyanne hope megyn michelle melania ivanka
  chelsea donna debbie jill carly condoleezza madeleine angela theresa marine maria mary susan karen lisa
  jennifer jessica emily anna kate catherine katie kamala amy kirsten claire dianne barbara patricia linda
  laura nikki tulsi elise julia julie rachel rebecca heather stephanie nicole christine samantha valerie
  janet loretta sally huma cheryl ruth sonia elena ursula kaja annalena liz giorgia jacinda nicola olena
  yulia maria marie sophie emma olivia ana irina natalia tatiana svetlana hannah grace alice helen
  margaret dorothy joan jane anne ann ellen diane deborah sharon carol kathleen betsy kristen keisha
  maxine nina paula pam sheila tammy wendy zoe katrina brenda gina gretchen ilhan alexandria ayanna
  rashida marsha mazie tammy lisa billie`);

/** Common men's first names in English-language news (a hint only; unknown names stay neutral). */
export const HE_FIRST_NAMES = wordSet(`donald barack joe joseph bernie ted marco jeb john ben chris christopher mike michael
  paul rand mitch harry bill william george james jim robert bob richard dick david tom thomas mark steve steven
  stephen scott jeff jeffrey peter charles chuck frank kevin brian eric jason matt matthew andrew adam ryan
  josh joshua daniel dan anthony tony kenneth ken ronald ron gary larry jerry dennis patrick pat sean newt rudy
  rick reince corey  sergei vladimir dmitry dmytro volodymyr alexei antony emmanuel 
  boris xi recep benjamin bibi mahmoud hassan ali mohammed muhammad ahmed omar abdullah kim jong shinzo justin
  tim timothy martin lindsey orrin lamar ron rob roberto carlos luis jose juan pedro miguel jorge francisco
  luke lucas henry jack jackson alex alexander nick nicholas nate nathan samuel sam eddie ed edward jonathan
  jon howard bruce keith roger raymond ray walter wayne randy terry gregory greg jesse jeremy travis kyle
  tyler aaron carl arthur albert lawrence louis philip phil russell russ glenn hugh neil allen alan marcus
  bobby billy jimmy johnny tommy danny kenny willie lee dean doug douglas todd craig curtis dale barry
  elijah ethan noah mitt herman newt chad brad brett bret leon vince vincent victor hank
  franklin ronald dwight lyndon gerald rex reed rahm cory deval beto pete charlie larry don erik carl`);
