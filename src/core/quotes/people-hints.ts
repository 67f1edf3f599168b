/**
 * DATA: hints at a person's grammatical gender, used only to choose between candidates for
 * "he" / "she". Never shown to users.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Honorifics and role words that say "she". */
export const SHE_WORDS = set(`mrs ms miss madam dame lady queen princess spokeswoman chairwoman congresswoman
  councilwoman businesswoman actress mother wife daughter sister grandmother woman`);

/** Honorifics and role words that say "he". */
export const HE_WORDS = set(`mr sir lord king prince spokesman chairman congressman councilman businessman
  father husband son brother grandfather man`);

/** Common women's first names in English-language news (a hint only; unknown names stay neutral). */
export const SHE_FIRST_NAMES = set(`hillary nancy elizabeth sarah kellyanne hope megyn michelle melania ivanka
  chelsea donna debbie jill carly condoleezza madeleine angela theresa marine maria mary susan karen lisa
  jennifer jessica emily anna kate catherine katie kamala amy kirsten claire dianne barbara patricia linda
  laura nikki tulsi elise julia julie rachel rebecca heather stephanie nicole christine samantha valerie
  janet loretta sally huma cheryl ruth sonia elena ursula kaja annalena liz giorgia jacinda nicola olena
  yulia maria marie sophie emma olivia ana irina natalia tatiana svetlana hannah grace alice helen
  margaret dorothy joan jane anne ann ellen diane deborah sharon carol kathleen betsy kristen keisha
  maxine nina paula pam sheila tammy wendy zoe katrina brenda gina gretchen ilhan alexandria ayanna
  rashida marsha mazie tammy lisa`);
