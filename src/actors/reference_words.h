// The English words the actors stage reads references and names by: "the two
// sides", "the junta", "the move", titles' modifiers, words that are no names.
// Only src/actors/actors.cc includes this; the lists are plain data.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace relmap {

// Phrases that name the two parties of the meeting or relation in context.
inline const std::vector<std::vector<std::string>> kBothSides = {
    {"the", "two", "sides"}, {"both", "sides"}, {"the", "two", "countries"}, {"both", "countries"},
    {"the", "two", "nations"}, {"both", "nations"}, {"the", "two", "parties"}, {"both", "parties"},
    {"the", "two", "governments"}, {"both", "governments"}, {"the", "two", "leaders"}, {"both", "leaders"},
    {"the", "two", "ministers"}, {"the", "two", "foreign", "ministers"}, {"the", "two", "neighbours"},
    {"the", "two", "neighbors"}, {"the", "pair"}, {"the", "two", "presidents"}, {"both", "presidents"},
    {"the", "two", "prime", "ministers"}, {"the", "two", "heads", "of", "state"}, {"both", "ministers"},
    {"the", "heads", "of", "state"}, {"both", "heads", "of", "state"},
    {"the", "two", "pms"}, {"the", "two", "fms"},
    {"the", "two", "defence", "ministers"}, {"the", "two", "defense", "ministers"},
    {"the", "three", "leaders"}, {"all", "three", "leaders"}, {"the", "three", "countries"}, {"the", "three", "sides"},
    {"the", "three", "nations"}, {"the", "three", "governments"}, {"the", "three", "ministers"}, {"the", "three", "allies"},
    {"all", "three", "countries"}, {"the", "four", "countries"}, {"the", "four", "leaders"},
    {"the", "three", "states"}, {"all", "three", "states"}, {"the", "three", "military", "governments"},
    {"the", "three", "juntas"}, {"the", "three", "regimes"}, {"the", "two", "allies"},
    // a conflict's sides: "urged all parties to agree to a ceasefire"
    {"all", "parties"}, {"all", "sides"}, {"the", "warring", "parties"}, {"the", "warring", "sides"},
    {"both", "warring", "parties"}};
// How many sides a number word names: "the six heads of state".
inline const std::map<std::string, std::size_t> kSideCounts = {{"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
                                                               {"six", 6}};
// The same said more freely: "the two nuclear-armed neighbours", "both foreign
// ministers", "the four ministers" (of two states), "the ministers".
inline const std::set<std::string> kSideNouns = {"sides", "countries", "nations", "parties", "governments", "leaders",
                                          "ministers", "presidents", "neighbours", "neighbors", "secretaries",
                                          "counterparts", "delegations", "allies", "states", "juntas", "regimes",
                                          "premiers", "chiefs", "militaries", "envoys", "delegates", "officials", "diplomats",
                                          "rivals", "blocs"};
// Of those, the nouns whose number counts people, not states: "the four ministers" of a 2+2.
inline const std::set<std::string> kPeopleNouns = {"ministers", "secretaries", "counterparts", "delegations", "envoys",
                                            "delegates", "chiefs", "officials", "diplomats"};
// After a bare "the" (no number), only these name the two sides: "the ministers urged",
// "the tit-for-tat strikes between the neighbours".
inline const std::set<std::string> kBareSideNouns = {"ministers", "secretaries", "delegations", "parties", "leaders",
                                                     "neighbours", "neighbors", "rivals", "presidents"};
// Verbs of travel: the capital after "flew to" is where one went.
inline const std::set<std::string> kMotionVerbs = {"flew", "fly", "flies", "flying", "travelled", "traveled", "travel",
                                            "travels", "travelling", "traveling", "went", "go", "goes", "going",
                                            "headed", "head", "heads", "returned", "return", "returns", "came",
                                            "come", "comes", "arrived", "moved", "rushed", "sailed", "drove"};
// Nouns of an act whose doer a later sentence leaves unnamed: "Iran condemned the
// strikes", "Russia rejected the decision". The extract stage finds the doer.
inline const std::set<std::string> kActNouns = {"move", "decision", "step", "measure", "measures", "strike", "strikes",
                                         "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "bombing",
                                         "bombings", "deployment", "expulsion", "operation", "offensive", "invasion",
                                         "incursion", "shelling", "bombardment", "annexation", "blockade", "launch",
                                         "launches", "allegations", "accusations", "charges", "aggression",
                                         "protest", "complaint", "accusation", "allegation", "account", "claims", "claim", "criticism",
                                         "seizure", "expulsions", "terror", "assault", "assaults", "massacre",
                                         "killings", "atrocities", "advisory", "actions", "call", "calls"};
// Offices whose holders "the two leaders" are.
inline const std::set<std::string> kLeaderTitles = {"president", "prime minister", "premier", "king", "queen", "emir", "amir",
                                             "chancellor", "leader", "crown prince", "supreme leader", "sultan",
                                             "chief adviser", "general secretary", "president-elect"};
// Words before such a phrase that make it an object, not the subject.
inline const std::set<std::string> kObjectLead = {"between", "with", "to", "on", "for", "among", "urge", "urges", "ask",
                                           "press", "presses", "pressing",
                                           "asks", "told", "tell", "met", "meet", "meets", "call", "calls", "help"};
// Words of those phrases that only states can be: "both governments".
inline const std::set<std::string> kStateWords = {"countries", "nations", "governments", "presidents", "prime", "heads",
                                           "states", "neighbours", "neighbors", "juntas", "regimes", "military"};
// Phrases that refer back to the armed group named last.
inline const std::vector<std::vector<std::string>> kTheGroup = {
    {"the", "group"}, {"the", "militant", "group"}, {"the", "terrorist", "group"}, {"the", "terror", "group"},
    {"the", "militants"}, {"the", "outfit"}, {"the", "militia"}, {"the", "rebels"}, {"the", "insurgents"},
    {"the", "organisation"}, {"the", "organization"}, {"the", "movement"}};
// Words that, after "the", refer back to the organisation named last (the EU,
// NATO, ASEAN): "Borrell said the bloc condemned the attack".
inline const std::set<std::string> kBlocWords = {"bloc", "alliance", "union", "grouping", "agency", "commission",
                                                  "council"};
// Nouns after an organisation's name that make it an event, not a party:
// "the ASEAN summit", "the NATO summit".
inline const std::set<std::string> kEventNouns = {"summit", "summits", "forum", "ministerial", "conference", "meetings"};
// Offices heading an organisation, and the organisation the office names when none
// is in view: "The Secretary-General strongly condemns ..." is the UN's.
inline const std::map<std::string, std::string> kOrganisationHeads = {
    {"secretary-general", "UN"}, {"secretary general", "UN"}, {"high representative", "EU"}};
// Nouns an organ's word may describe instead of naming the organ: "military support".
inline const std::set<std::string> kModifiedNouns = {"support", "aid", "assistance", "cooperation", "backing",
                                                     "help", "supplies", "equipment", "hardware", "technology",
                                                     "ties", "links", "relations", "exercises", "drills"};
// Words for a ruling military; after "the" they refer back to the state last
// named with them: "Mali's military government ... the junta".
inline const std::vector<std::vector<std::string>> kRegimeWords = {
    {"junta"}, {"ruling", "junta"}, {"military", "government"}, {"military", "regime"}, {"regime"},
    {"military", "rulers"}, {"military", "leaders"}, {"military", "authorities"}, {"military", "leadership"},
    {"generals"}};
// After "its" or "our", the other state of the sentence: "India remains
// committed to a relationship with its neighbour" (Bangladesh, named before).
inline const std::set<std::string> kPartnerWords = {"neighbour", "neighbor", "ally", "partner", "friend"};
// Offices that head a state, and a government: "the head of state", "the head of government".
inline const std::set<std::string> kHeadsOfState = {"president", "king", "queen", "emir", "amir", "sultan"};
inline const std::set<std::string> kHeadsOfGovernment = {"prime minister", "premier", "chancellor"};
// "thanked his guest": the other side of a visit, after any possessive.
inline const std::set<std::string> kGuestWords = {"guest", "guests", "host", "hosts", "counterpart", "colleague"};
// Phrases that refer back to the state (or its capital) named last.
inline const std::vector<std::string> kTheCountry = {"the", "country"};
inline const std::vector<std::string> kTheCapital = {"the", "capital"};
inline const std::set<std::string> kSingular = {"he", "him", "his", "she", "her", "hers", "himself", "herself"};
inline const std::set<std::string> kDeterminers = {"the", "a", "an", "his", "her", "its", "their", "our"};
// Words that open an apposition naming someone's office: "X, chairman of ...".
inline const std::set<std::string> kRoleWords = {"chairman", "chairwoman", "chair", "secretary", "minister", "adviser",
                                          "advisor", "head", "chief", "leader", "commander", "director",
                                          "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador",
                                          "president", "premier", "governor", "deputy", "member", "general"};
inline const std::set<std::string> kPlural = {"they", "them", "their", "themselves"};
// The speaker's or author's side; "I" too, in a quotation or an op-ed ("When I
// travelled to Honiara" by Australia's foreign minister).
inline const std::set<std::string> kWe = {"we", "us", "our", "ours", "ourselves", "i", "me", "my", "myself"};
// Nouns for those who rule a state, seated somewhere or led by its army: "the authorities in
// Madagascar", "the Tripoli-based government", "Sudan's army-aligned government".
inline const std::set<std::string> kRulerNouns = {"government", "regime", "authorities", "administration", "junta",
                                                  "rulers"};
inline const std::set<std::string> kPossessive = {"his", "her", "their", "its", "our", "my"};
inline const std::set<std::string> kPlacePrepositions = {"in", "at", "inside", "within", "across", "throughout",
                                                  "capital", "city", "province", "port"};
inline const std::set<std::string> kNameParticles = {"bin", "al", "el", "de", "da", "del", "van", "von", "ibn", "le", "la", "dos"};
inline const std::set<std::string> kNotNames = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "with", "by", "to", "from", "he", "she",
    "it", "we", "they", "his", "her", "our", "their", "this", "that", "these", "those", "but", "as",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "said", "says", "also", "has", "had", "have", "will", "would", "is", "was", "who", "which", "when",
    // verbs of Title Case headlines: "Saudi Foreign Minister Receives a Phone Call"
    "receives", "meets", "holds", "calls", "visits", "urges", "thanks", "hosts", "welcomes", "pledges", "vows",
    "signs", "agrees", "discusses", "talks", "speaks", "congratulates", "condemns", "warns", "praises", "sends",
    "attends", "arrives", "returns", "launches", "co-chairs", "chairs", "addresses", "stresses", "reaffirms",
    // ... and with two subjects: "HH the Amir, Lebanese President Hold Official Talks"
    "hold", "meet", "discuss", "sign", "agree", "vow", "pledge", "urge", "reaffirm", "hail", "hails", "review",
    "reviews", "exchange", "exchanges", "condemn", "warn", "praise", "thank", "attend", "co-chair", "visit",
    // bodies, not people: "The General Secretariat of the OIC"
    "secretariat", "council", "committee", "commission", "assembly", "ministry", "office", "department"};

// The rest of a minister's portfolio, never a person's name: "Minister of Foreign Affairs,
// International Business and International Cooperation".
inline const std::set<std::string> kPortfolioWords = {
    "international", "business", "cooperation", "co-operation", "affairs", "trade", "development", "foreign",
    "integration", "diaspora", "commerce", "worship", "investment", "tourism", "industry", "relations"};

// Nouns of armed attack, and the words after them that name what was hit:
// "Israeli strikes on villages", "Turkish air strikes in the Kurdistan region".
inline const std::set<std::string> kAttackNouns = {"strike", "strikes", "airstrike", "airstrikes", "attack",
                                                   "attacks", "shelling", "bombardment", "bombing", "bombings",
                                                   "raid", "raids", "offensive", "incursion", "aggression",
                                                   "invasion", "retaliation"};
// Nouns of a state's ground: with a demonym, a place ("use Belarusian territory").
inline const std::set<std::string> kGroundNouns = {"territory", "soil", "waters", "airspace", "land", "goods",
                                                    "products", "exports", "passport", "passports"};
inline const std::set<std::string> kAttackObjectWords = {"on", "against", "targeting", "in", "into", "near",
                                                         // "Israeli strikes kill five in south Lebanon"
                                                         "kill", "kills", "killed", "wound", "wounds", "wounded",
                                                         "hit", "hits", "pound", "pounds", "pounded"};

}  // namespace relmap
