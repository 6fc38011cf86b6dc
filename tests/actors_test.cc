// The actors stage: names, titles, demonyms, organs and in-document coreference.
#include "actors/actors.h"

#include <algorithm>

#include "test_util.h"

namespace relmap {
namespace {

struct Found {
  std::string text;
  std::vector<std::string> actors;
  Resolution how;
  bool inert;
};

class ActorsTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::build(&ex_, "version: 1\n"); }

  // Every mention of `text`, sentence by sentence, flattened.
  std::vector<Found> find(const std::string& text, const std::string& speaker = "") {
    doc_ = make_document("t", text, nullptr);
    found_ = find_actors(doc_, ex_.gazetteer(), ActorOptions{speaker});
    std::vector<Found> out;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s)
      for (const ActorMention& m : found_.mentions[s]) {
        const auto& t = doc_.sentences[s].tokens;
        out.push_back({doc_.text.substr(t[m.first].begin, t[m.last - 1].end - t[m.first].begin), m.actors, m.how,
                       m.inert});
      }
    return out;
  }
  const Found* mention(const std::vector<Found>& all, const std::string& text) {
    for (const Found& f : all)
      if (f.text == text) return &f;
    return nullptr;
  }
  const Actor& actor(const std::string& id) { return found_.actors.at(id); }

  Extractor ex_;
  Document doc_;
  DocumentActors found_;
};

TEST_F(ActorsTest, NamesAliasesCapitalsAndPlaces) {
  const auto all = find("Beijing urged Qin to visit Pakistan, he said in Islamabad.");
  ASSERT_NE(mention(all, "Beijing"), nullptr);
  EXPECT_EQ(mention(all, "Beijing")->actors, std::vector<std::string>{"CHN"});
  EXPECT_EQ(mention(all, "Beijing")->how, Resolution::Capital);
  EXPECT_EQ(mention(all, "Qin")->actors, std::vector<std::string>{"qin-gang"});
  EXPECT_TRUE(mention(all, "Islamabad")->inert);
  EXPECT_FALSE(mention(all, "Pakistan")->inert);
}

TEST_F(ActorsTest, TitledPersonsInNoGazetteerBelongToTheirState) {
  const auto all = find("Pakistani Prime Minister Shehbaz Sharif met India's Foreign Minister Subrahmanyam "
                        "Jaishankar. Later Sharif spoke again.");
  const Found* sharif = mention(all, "Pakistani Prime Minister Shehbaz Sharif");
  ASSERT_NE(sharif, nullptr);
  EXPECT_EQ(sharif->how, Resolution::NewPerson);
  EXPECT_EQ(actor(sharif->actors.at(0)).country, "PAK");
  const Found* jaishankar = mention(all, "India's Foreign Minister Subrahmanyam Jaishankar");
  ASSERT_NE(jaishankar, nullptr);
  EXPECT_EQ(actor(jaishankar->actors.at(0)).country, "IND");
  const Found* later = mention(all, "Sharif");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->how, Resolution::Surname);
  EXPECT_EQ(later->actors, sharif->actors);
}

TEST_F(ActorsTest, AppositionGivesTheState) {
  const auto all = find("General Sahir Shamshad Mirza, chairman of the Pakistan Army's Joint Chiefs, met Qin.");
  // The apposition belongs to the mention, so "A, chairman of X, and B" stays a list of two.
  const Found* mirza = mention(all, "General Sahir Shamshad Mirza, chairman of the Pakistan Army's Joint Chiefs");
  ASSERT_NE(mirza, nullptr);
  EXPECT_EQ(actor(mirza->actors.at(0)).country, "PAK");
}

TEST_F(ActorsTest, UntitledNamesWithAnOfficeAfterThem) {
  const auto all = find("Talks between Ali Shamkhani, secretary of Pakistan's security council, and Qin ended.");
  const Found* ali = mention(all, "Ali Shamkhani, secretary of Pakistan's security council");
  ASSERT_NE(ali, nullptr);
  EXPECT_EQ(ali->how, Resolution::NewPerson);
}

// The same, with the default rules' gazetteer (every state, titles, capitals).
class DefaultActorsTest : public ActorsTest {
 protected:
  void SetUp() override { testing::build_defaults(&ex_); }
};

TEST_F(DefaultActorsTest, CapitalsWrittenWithDiacritics) {
  const auto all = find("Romania will continue to assist Chi\u0219in\u0103u.");
  const Found* capital = mention(all, "Chi\u0219in\u0103u");
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(capital->actors, std::vector<std::string>{"MDA"});
}

TEST_F(DefaultActorsTest, ARoyalHonorificWithNoNameIsTheMonarchNamedLast) {
  const auto all = find("Prime Minister Ishiba met His Majesty Sultan Haji Hassanal Bolkiah of Brunei Darussalam. "
                        "Ishiba welcomed His Majesty's visit. His Majesty thanked Japan.");
  const Found* first = mention(all, "His Majesty Sultan Haji Hassanal Bolkiah of Brunei Darussalam");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(actor(first->actors.at(0)).country, "BRN");
  std::size_t honorifics = 0;
  for (const Found& f : all)
    if (f.text == "His Majesty") {
      EXPECT_EQ(f.actors, first->actors);
      ++honorifics;
    }
  EXPECT_EQ(honorifics, 2u);
}

TEST_F(DefaultActorsTest, AMixedCaseDatelineWithADateGivesStatelessOfficialsTheirState) {
  const auto all = find("Bucharest, 12 September 2025 - Minister Oana \u021Aoiu received a delegation.\n\n"
                        "Minister \u021Aoiu said the talks went well.");
  const Found* minister = mention(all, "Minister Oana \u021Aoiu");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(actor(minister->actors.at(0)).country, "ROU");
  // Not any capital that opens a sentence: "Bucharest, for its part, ..." has no date.
  const auto other = find("Warsaw, for its part, named Minister Jan Nowak.\n\nMinister Nowak said nothing.");
  const Found* nowak = mention(other, "Minister Jan Nowak");
  ASSERT_NE(nowak, nullptr);
  EXPECT_EQ(actor(nowak->actors.at(0)).country, "");
}

TEST_F(DefaultActorsTest, AnOfficeHolderNamedInAppositionIsThePerson) {
  const auto all = find("Mauro Vieira will receive the Minister of Foreign Affairs of Chile, Alberto van Klaveren, in "
                        "Brasilia.");
  const Found* guest = mention(all, "the Minister of Foreign Affairs of Chile, Alberto van Klaveren");
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(actor(guest->actors.at(0)).type, ActorType::Person);
  EXPECT_EQ(actor(guest->actors.at(0)).country, "CHL");
  // In a list the name stays a mention of its own, so that the list keeps its members.
  const auto listed = find("Biden spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and President "
                           "Abdel Fattah al-Sisi of Egypt.");
  EXPECT_NE(mention(listed, "the Emir of Qatar"), nullptr);
}

TEST_F(DefaultActorsTest, AJointStatementsWeIsItsSignatories) {
  const auto all = find("We, the Foreign Ministers of Australia, India, Japan and the United States, met today. "
                        "We reaffirm our support for the Philippines.");
  std::size_t we = 0;
  for (const Found& f : all)
    if (f.text == "We") {
      EXPECT_EQ(f.actors, (std::vector<std::string>{"AUS", "IND", "JPN", "USA"}));
      ++we;
    }
  EXPECT_EQ(we, 2u);
}

TEST_F(DefaultActorsTest, ADatelineOfTwoWordsAndTheNewPresident) {
  const auto all = find("Bolivia names envoy\n\nLA PAZ, Nov 10 (Reuters) - President Rodrigo Paz spoke. "
                        "An envoy met the new president on Monday.");
  const Found* paz = mention(all, "President Rodrigo Paz");
  ASSERT_NE(paz, nullptr);
  EXPECT_EQ(actor(paz->actors.at(0)).country, "BOL");
  const Found* again = mention(all, "the new president");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->actors, paz->actors);
}

TEST_F(DefaultActorsTest, AnOpEdsClosingTaglineGivesItsWeAState) {
  const auto all = find("We are asking the World Bank to act.\n\nMia Amor Mottley is the Prime Minister of Barbados.");
  const Found* we = mention(all, "We");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->actors, std::vector<std::string>{"BRB"});
}

TEST_F(DefaultActorsTest, AStatementByAnOrganisationSpeaksForItAndAlliesAreNato) {
  const auto all = find("Statement by the North Atlantic Council on Poland\n\nAllies strongly condemn Russia. "
                        "We stand in full solidarity with Poland.");
  const Found* allies = mention(all, "Allies");
  ASSERT_NE(allies, nullptr);
  EXPECT_EQ(allies->actors, std::vector<std::string>{"NATO"});
  const Found* we = mention(all, "We");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->actors, std::vector<std::string>{"NATO"});
}

// A title that names its topic first ("Georgia: Statement by ...") has no speaker label,
// and "on behalf of the EU" names who speaks, not the topic.
TEST_F(DefaultActorsTest, AStatementOnBehalfOfTheEuUnderATopic) {
  const auto all = find("Georgia: Statement by the High Representative on behalf of the EU on the new law\n\n"
                        "We urge Georgia's political leaders to resume a genuine dialogue with Armenia. "
                        "We regret the law.");
  const Found* we = mention(all, "We");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->actors, std::vector<std::string>{"EU"});
}

TEST_F(DefaultActorsTest, WeTheMinistersOfOneOrganisationSpeakForIt) {
  const auto all = find("We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations "
                        "(ASEAN), are gravely concerned over the clashes between Cambodia and Thailand. ASEAN will "
                        "help. We urge both sides to show restraint.");
  const Found* we = mention(all, "We");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->actors, std::vector<std::string>{"ASEAN"});
  // ... and "both sides" it urges are others than itself.
  const Found* sides = mention(all, "both sides");
  ASSERT_NE(sides, nullptr);
  EXPECT_EQ(sides->actors, (std::vector<std::string>{"KHM", "THA"}));
}

TEST_F(DefaultActorsTest, AnActingOfficeIsPartOfTheTitle) {
  const auto all = find("Thailand and Cambodia agreed a truce. Malaysia hosted the meeting between Prime Minister Hun "
                        "Manet and Acting Prime Minister Phumtham Wechayachai.");
  const Found* acting = mention(all, "Acting Prime Minister Phumtham Wechayachai");
  ASSERT_NE(acting, nullptr);
  EXPECT_EQ(acting->actors.size(), 1u);
}

TEST_F(DefaultActorsTest, CapitalisedMinistersInAReadoutAreTheTwoSides) {
  const auto all = find("Fidan met Greek Foreign Minister George Gerapetritis in Ankara. The Ministers also discussed "
                        "trade.");
  const Found* ministers = mention(all, "The Ministers");
  ASSERT_NE(ministers, nullptr);
  EXPECT_EQ(ministers->actors.size(), 2u);
}

TEST_F(DefaultActorsTest, APortfoliosWordsAreNoPersonsName) {
  const auto all = find("PARAMARIBO, 9 October 2025 – The Minister of Foreign Affairs, International Business and "
                        "International Cooperation of the Republic of Suriname, Melvin Bouva, received his Guyanese "
                        "counterpart.");
  EXPECT_EQ(mention(all, "The Minister of Foreign Affairs, International Business"), nullptr);
  EXPECT_EQ(mention(all, "International"), nullptr);
}

TEST_F(DefaultActorsTest, ABodyIsNoPersonAndAnOrganisationsFullNameIsNoReference) {
  const auto all = find("The General Secretariat of the Organisation of Islamic Cooperation (OIC) condemns the strike.");
  EXPECT_EQ(mention(all, "The General Secretariat"), nullptr);
  const Found* oic = mention(all, "the Organisation of Islamic Cooperation");
  ASSERT_NE(oic, nullptr);
  EXPECT_EQ(oic->actors, std::vector<std::string>{"OIC"});
}

TEST_F(DefaultActorsTest, ASentenceOpeningItIsTheStateThatOpenedTheLast) {
  const auto all = find("Armenia has sought closer ties with the West. It has signed a defence agreement with France.");
  const Found* it = mention(all, "It");
  ASSERT_NE(it, nullptr);
  EXPECT_EQ(it->actors, std::vector<std::string>{"ARM"});
}

TEST_F(DefaultActorsTest, AnHonorificAndABodyInAnApposition) {
  const auto all = find("The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, condemns the "
                        "attack. The Chairperson calls for calm.");
  const Found* chair = mention(all, "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf");
  ASSERT_NE(chair, nullptr);
  EXPECT_EQ(actor(chair->actors.at(0)).country, "AU");
  const Found* again = mention(all, "The Chairperson");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->actors, chair->actors);
}

TEST_F(ActorsTest, NounsOfStatesAndBareOrgans) {
  auto all = find("Qin thanked the people of Pakistan and the leaders of India.");
  EXPECT_EQ(mention(all, "the people of Pakistan")->actors, std::vector<std::string>{"PAK"});
  EXPECT_EQ(mention(all, "the leaders of India")->actors, std::vector<std::string>{"IND"});
  all = find("Qin said the army would help.");
  EXPECT_EQ(mention(all, "the army")->actors, std::vector<std::string>{"CHN/military"});
  all = find("TTP attacked a post. China condemned the group, and Pakistan said it would respond.");
  EXPECT_EQ(mention(all, "the group")->actors, std::vector<std::string>{"TTP"});
  EXPECT_EQ(mention(all, "it")->actors, std::vector<std::string>{"PAK"});
  all = find("Qin met the interim Afghan government.");
  EXPECT_NE(mention(all, "the interim Afghan government"), nullptr);
}

TEST_F(ActorsTest, DemonymsOrgansAndCoordinatedDemonyms) {
  const auto all = find("The Chinese side thanked the Pakistani military and his Pakistani and Afghan counterparts.");
  EXPECT_EQ(mention(all, "The Chinese side")->actors, std::vector<std::string>{"CHN"});
  const Found* army = mention(all, "the Pakistani military");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->how, Resolution::Organ);
  EXPECT_EQ(actor("PAK/military").country, "PAK");
  EXPECT_EQ(actor("PAK/military").type, ActorType::Organization);
  EXPECT_NE(mention(all, "his Pakistani"), nullptr);
  EXPECT_EQ(mention(all, "Afghan counterparts")->actors, std::vector<std::string>{"AFG"});
}

TEST_F(ActorsTest, PronounsFollowTheSubject) {
  const auto all = find("Qin met Pakistani Prime Minister Shehbaz Sharif. He said China was ready.");
  const Found* he = mention(all, "He");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->actors, std::vector<std::string>{"qin-gang"});
  EXPECT_EQ(he->how, Resolution::Pronoun);
}

TEST_F(ActorsTest, HisMajestyIsAStyleNotAPronoun) {
  const auto all = find("Qin met Pakistani Prime Minister Shehbaz Sharif. He praised His Majesty the King's vision.");
  EXPECT_NE(mention(all, "He"), nullptr);
  EXPECT_EQ(mention(all, "His"), nullptr);
}

TEST_F(ActorsTest, TheTwoSidesAreTheMainStatesSoFar) {
  const auto all = find("China met Pakistan in Beijing. The two sides agreed to meet again.");
  const Found* sides = mention(all, "The two sides");
  ASSERT_NE(sides, nullptr);
  std::vector<std::string> actors = sides->actors;
  std::sort(actors.begin(), actors.end());
  EXPECT_EQ(actors, (std::vector<std::string>{"CHN", "PAK"}));
}

TEST_F(ActorsTest, WeInAQuotationIsTheSpeakersSide) {
  const auto all = find("\"We thank the Pakistani army,\" Qin told reporters.");
  const Found* we = mention(all, "We");
  ASSERT_NE(we, nullptr);
  EXPECT_EQ(we->actors, std::vector<std::string>{"CHN"});
  EXPECT_EQ(found_.mentions[0][0].speaker, "qin-gang");
}

TEST_F(ActorsTest, WeInAnOpEdIsTheAuthorsSide) {
  const std::string oped = "We are ready to work with Pakistan. We will help Pakistan grow. China and Pakistan are friends.";
  // Inferred: Pakistan is the side "we" works with.
  EXPECT_EQ(mention(find(oped), "We")->actors, std::vector<std::string>{"CHN"});
  // From a byline.
  EXPECT_EQ(mention(find("We value our ties. We will deepen them.\n\nThe writer is Pakistan's ambassador to China."),
                    "We")->actors,
            std::vector<std::string>{"PAK"});
  // From --speaker.
  EXPECT_EQ(mention(find("We value our ties with India.", "AFG"), "We")->actors, std::vector<std::string>{"AFG"});
  // Never a guess: one "we" and nothing else to go by stays unresolved.
  EXPECT_TRUE(mention(find("We value our ties."), "We")->actors.empty());
}

TEST_F(ActorsTest, CompoundsAndCurrenciesAreNotParticipants) {
  const auto all = find("A China-Pakistan corridor cost US$54 billion.");
  ASSERT_EQ(all.size(), 2u);  // no United States in "US$"
  EXPECT_TRUE(mention(all, "China")->inert);
  EXPECT_TRUE(mention(all, "Pakistan")->inert);
}

TEST_F(ActorsTest, CurlyApostrophesAndOffsets) {
  const std::string text = "\xE2\x80\x9CPakistan\xE2\x80\x99s army\xE2\x80\x9D \xE2\x80\x94 it said.";
  const auto all = find(text);
  const Found* army = mention(all, "Pakistan\xE2\x80\x99s army");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->actors, std::vector<std::string>{"PAK/military"});
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Affiliations, APersonsStateFollowsTheDocumentsDate) {
  Extractor ex;
  testing::build(&ex, R"yaml(
version: 1
actors:
  - id: envoy
    name: Jane Roe
    type: person
    affiliations:
      - { actor: PAK, to: "2019-12-31" }
      - { actor: IND, from: "2020-01-01" }
rules:
  - { id: m, relation: met, pattern: "{source} [meet] {target}" }
)yaml");
  const auto before = testing::edges(ex, "date 2019-05-01\n\nJane Roe met China.", true);
  const auto after = testing::edges(ex, "date 2021-05-01\n\nJane Roe met China.", true);
  EXPECT_EQ(before, testing::Edges{"Pakistan met China"});
  EXPECT_EQ(after, testing::Edges{"India met China"});
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

using testing::Edges;

// The default rule files, as users get them, on sentences found in unseen text.
class DefaultActors : public ::testing::Test {
 protected:
  void SetUp() override { testing::build_defaults(&ex); }
  Extractor ex;
};

// Found on unseen wire copy (tests/gold/heldout4): a state written right
// before a capitalised title, a state iso-codes does not list, "the bloc".
TEST_F(DefaultActors, WireStyleTitlesKosovoAndTheBloc) {
  EXPECT_EQ(testing::edges(ex, "Vucic accused Kosovo Prime Minister Albin Kurti of provoking the violence. "
                               "Kurti thanked the EU for its solidarity.", true),
            (Edges{"Serbia opposed Kosovo", "Kosovo praised European Union"}));
  EXPECT_EQ(testing::edges(ex, "EU foreign policy chief Josep Borrell said the bloc expected Belgrade to cooperate.", true),
            (Edges{"European Union urged Serbia"}));
  // "States" in "the United States" is no speech verb that would start a new
  // clause: the subject of "and urged" is still Kurti.
  EXPECT_EQ(testing::edges(ex, "Kosovo Prime Minister Albin Kurti spoke. Kurti thanked the United States and the EU "
                               "and urged NATO to act.", true),
            (Edges{"Kosovo praised United States", "Kosovo praised European Union", "Kosovo urged NATO"}));
  // "the two presidents"; "they" after "said" or "that" is every actor the speaker stood for.
  EXPECT_EQ(testing::edges(ex, "Lula met Milei. The two presidents agreed to relaunch talks.", true),
            (Edges{"Brazil met Argentina", "Argentina agreed Brazil"}));
  EXPECT_EQ(testing::edges(ex, "Wang Yi met Takeshi Iwaya. The two ministers confirmed that they would work together, "
                               "and agreed to hold a dialogue.", true),
            (Edges{"China met Japan", "China agreed Japan"}));
  // "the bloc" is the organisation, not the last person who spoke.
  EXPECT_EQ(testing::edges(ex, "Borrell spoke in Brussels. Uruguay's President Yamandu Orsi welcomed the meeting. "
                               "Paraguay, which holds the presidency of the bloc, backed the EU deal and called on "
                               "Brussels to conclude the talks.", true),
            (Edges{"Paraguay urged European Union"}));
  // "the bloc" with no organisation named before it refers to nobody.
  EXPECT_EQ(testing::edges(ex, "The bloc urged Serbia to cooperate.", true), Edges{});
}

// Found on unseen wire copy (heldout2, heldout5): "the junta" is the state last
// named with a ruling military; with none named, it stands for nobody.
TEST_F(DefaultActors, ACityOrRegionIsWhereThingsHappenNeverAParty) {
  EXPECT_EQ(testing::edges(ex, "Russian forces struck energy facilities in Kharkiv overnight.", true),
            (Edges{"Russia attacked Ukraine"}));
  EXPECT_EQ(testing::edges(ex, "The Chinese premier visited Karachi.", true), (Edges{"China visited Pakistan"}));
  // A place never speaks or acts, nor joins a group: "Tel Aviv and Jerusalem" are no two sides.
  EXPECT_EQ(testing::edges(ex, "Karachi urged Beijing to invest.", true), Edges{});
  EXPECT_EQ(testing::edges(ex, "Sirens sounded in Tel Aviv and Jerusalem, and the two sides agreed to talk.", true),
            Edges{});
}

// A name two actors share is its owner's, unless the story has named the other more.
TEST_F(DefaultActors, ASharedNameIsTheActorTheStoryIsAbout) {
  EXPECT_EQ(testing::edges(ex, "Brussels urged Beijing to open its market.", true), (Edges{"European Union urged China"}));
  EXPECT_EQ(testing::edges(ex, "Rwanda cut ties with Belgium. Rwanda accused Brussels of bias.", true),
            (Edges{"Rwanda opposed Belgium", "Rwanda opposed Belgium"}));
  EXPECT_EQ(testing::edges(ex, "Korea urged China to help.", true), (Edges{"South Korea urged China"}));
  EXPECT_EQ(testing::edges(ex, "Putin met North Korea's leader. Putin thanked the Korean leader.", true),
            (Edges{"Russia met North Korea", "Russia praised North Korea"}));
}

// Found on unseen text (heldout33): a particle glued to a surname is part of it.
TEST_F(DefaultActors, AParticleGluedToASurname) {
  EXPECT_EQ(testing::edges(ex, "Hakan Fidan met Minister of Foreign Affairs of Syria Asaad Hassan al-Shaibani. "
                               "Minister al-Shaibani thanked Turkey.", true),
            (Edges{"Turkey met Syria", "Syria praised Turkey"}));
}

// Found on unseen text (heldout32): a statement of the Secretary-General's office.
TEST_F(DefaultActors, TheSecretaryGeneralWithNoNameHeadsTheOrganisationInView) {
  EXPECT_EQ(testing::edges(ex, "The Secretary-General condemns the offensive. He urges Rwanda to withdraw.", true),
            (Edges{"United Nations urged Rwanda"}));
  EXPECT_EQ(testing::edges(ex, "NATO ministers met on Tuesday. The Secretary General urged Russia to withdraw.", true),
            (Edges{"NATO urged Russia"}));
}

// Found on unseen text (heldout31): "the agency" is the organisation named just before,
// in this sentence first.
TEST_F(DefaultActors, TheAgencyIsTheOrganisationJustNamed) {
  EXPECT_EQ(testing::edges(ex, "The UN imposed sanctions on Iran. Iran cooperates with the International Atomic Energy "
                               "Agency and urged the agency to remain impartial.", true),
            (Edges{"United Nations opposed Iran", "Iran urged International Atomic Energy Agency"}));
}

// Found on unseen text (heldout30): whom "all parties", "both countries" and "the six
// heads of state" are; a ministry's "we" is the state that opens a sentence it speaks.
TEST_F(DefaultActors, ThirdPartiesPartnersGroupsOfSixAndAMinistrysWe) {
  EXPECT_EQ(testing::edges(ex, "Israel struck Iran. Brazil calls on all parties to exercise restraint.", true),
            (Edges{"Israel attacked Iran", "Brazil urged Iran", "Brazil urged Israel"}));
  EXPECT_EQ(testing::edges(ex, "We welcome Vietnam and Indonesia as partners. We are ready to expand trade with both "
                               "countries.", true, "USA"),
            (Edges{"United States pledged Vietnam", "United States pledged Indonesia"}));
  EXPECT_EQ(testing::edges(ex, "We strongly protest the step by the Estonian authorities. Russia remains open to dialogue, "
                               "but we will respond. We call on the Estonian side to change course.", true),
            (Edges{"Russia opposed Estonia", "Russia urged Estonia"}));
}

// Found on unseen text (heldout29): "military" describing the support is no armed
// force; "the two ministers" are the last two people of two states named.
TEST_F(DefaultActors, AnOrgansWordDescribingANounAndTheMinistersNamedWithoutTitles) {
  EXPECT_EQ(testing::edges(ex, "The sanctions target Iran's military support to Russia.", true),
            (Edges{"Iran supported Russia"}));
  EXPECT_EQ(testing::edges(ex, "Badr Abdelatty received Ayman Safadi. Jordan thanked Qatar and the United States. "
                               "The two ministers agreed to meet again.", true),
            (Edges{"Egypt met Jordan", "Jordan praised Qatar", "Jordan praised United States", "Egypt agreed Jordan"}));
}

// Found on unseen wire copy (heldout22): an organisation naming an event is
// where things happen; the meeting there is between the people who met.
TEST_F(DefaultActors, AnOrganisationsSummitIsNoParty) {
  EXPECT_EQ(testing::edges(ex, "Indonesian President Joko Widodo met Chinese Premier Li Qiang on the sidelines of "
                               "the ASEAN summit.", true),
            (Edges{"Indonesia met China"}));
  EXPECT_EQ(testing::edges(ex, "Thailand and Cambodia signed a ceasefire agreement on the sidelines of the ASEAN "
                               "summit.", true),
            (Edges{"Thailand met Cambodia", "Thailand agreed Cambodia"}));
}

TEST_F(DefaultActors, AnHonorificInsideANameAndAnOfficialPlacedByThePeopleBeside) {
  EXPECT_EQ(testing::edges(ex, "Somali President Hassan Sheikh Mohamud thanked Turkish President Recep Tayyip Erdogan.",
                           true),
            (Edges{"Somalia praised Turkey"}));
  // Marape's state is never named beside him, but he stands beside Australia's
  // prime minister in a story of Australia and Papua New Guinea.
  EXPECT_EQ(testing::edges(ex, "Australia and Papua New Guinea sign a treaty. Prime Minister Anthony Albanese and "
                               "Prime Minister James Marape signed the treaty between Australia and Papua New Guinea. "
                               "Marape thanked Australia.", true),
            (Edges{"Australia agreed Papua New Guinea", "Australia agreed Papua New Guinea",
                   "Papua New Guinea praised Australia"}));
}

TEST_F(DefaultActors, AnOfficialWithNoStateBesideAThirdPartyIsOfTheDatelineState) {
  const std::string story = ", October 14 (AFP) - Israel struck Lebanon. Lebanon condemned Israel. U.S. envoy "
                            "Tom Barrack met President Joseph Aoun of Lebanon and Prime Minister Nawaf Salam.";
  EXPECT_EQ(testing::edges(ex, "BEIRUT" + story, true),
            (Edges{"Israel attacked Lebanon", "Lebanon opposed Israel", "United States met Lebanon"}));
  // No dateline: Salam's state stays open, though he stands beside a Lebanese
  // (the envoy is a third party; "the other main state" would make him Israeli).
  const Edges open = testing::edges(ex, "Reuters" + story, true);
  EXPECT_EQ(std::count(open.begin(), open.end(), "United States met Israel"), 0);
}

// Found on an unseen wire (heldout42): with no people beside her, a president
// of no named state is the dateline's, not the other main state's, though her
// own state is the one she acts on.
TEST_F(DefaultActors, AnOfficialBesideOnlyStatesIsOfTheDatelineState) {
  const std::string story = ", Nov 14 (Reuters) - Moldova expelled a Russian diplomat. Russia condemned Moldova. "
                            "President Ana Lupu thanked Romania for helping Moldova.";
  const Edges wire = testing::edges(ex, "CHISINAU" + story, true);
  EXPECT_EQ(std::count(wire.begin(), wire.end(), "Moldova praised Romania"), 1);
  EXPECT_EQ(std::count(wire.begin(), wire.end(), "Russia praised Romania"), 0);
}

// Found on unseen wires (heldout42): a ministry placed in a capital is that
// state's; a bare "the foreign ministry" with no speaker is the dateline's, but
// "the military" of a statement is not.
TEST_F(DefaultActors, AMinistryInACapitalAndAWiresBareForeignMinistry) {
  EXPECT_EQ(testing::edges(ex, "Russia criticised Moldova. The foreign ministry in Chisinau said it had summoned the "
                               "Russian ambassador.", true),
            (Edges{"Russia opposed Moldova", "Moldova opposed Russia"}));
  EXPECT_EQ(testing::edges(ex, "SEOUL, July 15 (Yonhap) -- Japan renewed its claim. The foreign ministry summoned "
                               "the Japanese ambassador.", true),
            (Edges{"South Korea opposed Japan"}));
  EXPECT_EQ(testing::edges(ex, "Abuja, 27 November 2025. ECOWAS suspended Guinea-Bissau. ECOWAS calls "
                               "on the military to return to barracks.", true),
            (Edges{"ECOWAS opposed Guinea-Bissau"}));
}

// Found on an unseen op-ed (heldout42): "both neighbours" after "with" are the
// pair the sentence named before, not the speaker's side.
TEST_F(DefaultActors, BothNeighboursAreThePairNamedEarlierInTheSentence) {
  EXPECT_EQ(testing::edges(ex, "Mongolia's relations with Russia and China remain the foundation of its policy, and "
                               "Mongolia will continue to develop cooperation with both neighbours.", true),
            (Edges{"Mongolia pledged Russia", "Mongolia pledged China"}));
}

// Found on unseen articles (heldout43).
TEST_F(DefaultActors, ADoubleSurnameComesBackWhole) {
  EXPECT_EQ(testing::edges(ex, "Trinidad's Prime Minister Kamla Persad-Bissessar spoke. Venezuela declared "
                               "Persad-Bissessar persona non grata.", true),
            (Edges{"Venezuela opposed Trinidad and Tobago"}));
}

TEST_F(DefaultActors, AnOfficeInAppositionPlacesTheNameBeforeIt) {
  EXPECT_EQ(testing::edges(ex, "Mr. Iwaya of Japan held a meeting with H.E. Mr. Murat Nurtleu, Deputy Prime Minister "
                               "and Minister of Foreign Affairs of the Republic of Kazakhstan, who is visiting Japan.",
                           true),
            (Edges{"Japan met Kazakhstan", "Kazakhstan visited Japan"}));
  // A relative clause is no office: its state is not the person's.
  const Edges clause = testing::edges(ex, "Minister Iwaya of Japan met Mr. John Doe, who is visiting Japan.", true);
  EXPECT_EQ(std::count(clause.begin(), clause.end(), "Japan met Japan"), 0);
  EXPECT_EQ(std::count(clause.begin(), clause.end(), "Japan visited Japan"), 0);
}

TEST_F(DefaultActors, HisGuestIsTheOtherSideOfTheVisit) {
  EXPECT_EQ(testing::edges(ex, "Vladimir Putin received Min Aung Hlaing in Moscow. Putin noted that relations between "
                               "Russia and Myanmar are developing and thanked his guest for his position.", true),
            (Edges{"Russia met Myanmar", "Myanmar visited Russia", "Russia praised Myanmar"}));
}

TEST_F(DefaultActors, AJointStatementsHeadlineNamesWhoWeAre) {
  EXPECT_EQ(testing::edges(ex, "Joint Statement by Egypt, Qatar and the United States on the Gaza Ceasefire\n\nWe "
                               "commend Israel and Hamas for implementing the agreement and call on both parties to "
                               "respect its terms.", true),
            (Edges{"Egypt praised Israel", "Egypt praised Hamas", "Qatar praised Israel", "Qatar praised Hamas",
                   "United States praised Israel", "United States praised Hamas", "Egypt urged Israel",
                   "Egypt urged Hamas", "Qatar urged Israel", "Qatar urged Hamas", "United States urged Israel",
                   "United States urged Hamas"}));
}

// Found on unseen articles (heldout44): a body's officer named after the body
// is the body's; one holding a state's office too is the state's; a body whose
// name holds a title is no officer.
TEST_F(DefaultActors, ABodysOfficerNamedAfterTheBody) {
  EXPECT_EQ(testing::edges(ex, "Arab League Secretary-General Ahmed Aboul Gheit condemned Israel.", true),
            (Edges{"Arab League opposed Israel"}));
  EXPECT_EQ(testing::edges(ex, "ECOWAS chairman and Nigerian President Bola Tinubu urged Mali to return.", true),
            (Edges{"Nigeria urged Mali"}));
  EXPECT_EQ(testing::edges(ex, "Secretary of State Marco Rubio met Indian External Affairs Minister Subrahmanyam "
                               "Jaishankar on the margins of the United Nations General Assembly in New York.", true),
            (Edges{"United States met India", "India visited United States"}));
}

// Found on unseen articles (heldout45).
TEST_F(DefaultActors, BothCountriesAfterWeAreThoseNamedInTheClauseBefore) {
  EXPECT_EQ(testing::edges(ex, "Greenland's premier said: Canada and Iceland are our neighbours, and Greenland will "
                               "deepen its trade with both countries.", true),
            (Edges{"Greenland pledged Canada", "Greenland pledged Iceland"}));
  // A group that opens the sentence is its subject, never the pair it addresses.
  const Edges subject = testing::edges(ex, "Sudan's army fought the RSF. Egypt and Saudi Arabia urged both sides to "
                                           "return to negotiations.", true);
  EXPECT_EQ(std::count(subject.begin(), subject.end(), "Egypt urged Saudi Arabia"), 0);
  EXPECT_EQ(std::count(subject.begin(), subject.end(), "Egypt urged Sudan"), 1);
}

// Found on unseen articles (heldout63): "the warring parties" are those whose forces the
// story named, not the states named most, and never those who ask.
TEST_F(DefaultActors, TheWarringPartiesAreTheArmedSides) {
  const Edges edges = testing::edges(
      ex, "The RSF shelled El Fasher, Egypt and Saudi Arabia said. The Sudanese army struck RSF positions and "
          "accused the United Arab Emirates, which Abu Dhabi denied. Egypt spoke with Saudi Arabia, and the two "
          "ministers urged both warring parties to accept a truce.", true);
  for (const char* want : {"Egypt urged Sudan", "Egypt urged Rapid Support Forces", "Saudi Arabia urged Sudan",
                           "Saudi Arabia urged Rapid Support Forces"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), want), 1) << want;
  for (const char* never : {"Egypt urged Saudi Arabia", "Egypt urged United Arab Emirates"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), never), 0) << never;
}

// "its" right after a speech verb is the speaker's, though a relative clause named another.
TEST_F(DefaultActors, ItsAfterASpeechVerbIsTheSpeakers) {
  EXPECT_EQ(testing::edges(ex, "The Sudanese army, which has fought the RSF since April, said its aircraft struck "
                               "RSF positions.", true),
            (Edges{"Sudan attacked Rapid Support Forces", "Sudan fought Rapid Support Forces"}));
}

// Found on unseen articles (heldout64): the same words name the same two again, though
// two others were named in passing between.
TEST_F(DefaultActors, TheTwoMinistersAgainAreTheSameTwo) {
  const Edges edges = testing::edges(
      ex, "Foreign Minister Iwaya met Secretary Lazaro of the Philippines in Tokyo.\n\n1.\n\nMinister Iwaya "
          "welcomed Secretary Lazaro.\n\n2.\n\nThe ministers spoke of the sea.\n\n3.\n\nThe two ministers "
          "agreed to advance cooperation, including with the United States and Australia.\n\n4.\n\nThe two "
          "ministers exchanged views on regional affairs.", true);
  // (Met in Tokyo, welcomed, spoke of the sea, exchanged views.)
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "Japan met Philippines"), 4);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "United States met Australia"), 0);
}

// "the Iran-backed group" is the armed group named last, and its backer backs it.
TEST_F(DefaultActors, ABackedGroupIsTheGroupNamedLast) {
  EXPECT_EQ(testing::edges(ex, "Israel struck Hezbollah positions, accusing the Iran-backed group of rearming.", true),
            (Edges{"Israel attacked Hezbollah", "Israel opposed Hezbollah", "Iran supported Hezbollah"}));
}

// A statement by many may name one of its own among those it supports.
TEST_F(DefaultActors, ManySpeakersSupportAListThatNamesOneOfThem) {
  const Edges edges = testing::edges(ex, "We, the Foreign Ministers of Canada, Italy and Japan, reaffirm our support "
                                         "for the Republic of Korea and Japan.", true);
  for (const char* want : {"Canada supported Japan", "Italy supported Japan", "Canada supported South Korea",
                           "Japan supported South Korea"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), want), 1) << want;
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "Japan supported Japan"), 0);
  // The signatories' long list, with "the" after its commas, is one aside before the verb.
  const Edges condemned = testing::edges(
      ex, "We, the Foreign Ministers of Canada, France, Japan, the United Kingdom and the United States and the High "
          "Representative of the European Union, condemn in the strongest terms North Korea's launch.", true);
  for (const char* want : {"Canada opposed North Korea", "France opposed North Korea", "Japan opposed North Korea",
                           "United Kingdom opposed North Korea", "European Union opposed North Korea"})
    EXPECT_EQ(std::count(condemned.begin(), condemned.end(), want), 1) << want;
}

// Found on unseen articles (heldout66): a headline's "both sides", asked by the one just
// before, are the others it named before.
TEST_F(DefaultActors, BothSidesPressedInAHeadlineAreThoseNamedBefore) {
  const Edges edges = testing::edges(ex, "Kosovo extends ban on Serbian goods as EU presses both sides to de-escalate\n\n"
                                         "The ban hurts trade.", true);
  for (const char* want : {"European Union urged Kosovo", "European Union urged Serbia"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), want), 1) << want;
}

// An Indian readout's bare "Prime Minister thanked ..." is the Prime Minister named before.
TEST_F(DefaultActors, ABareOfficeOpeningASentenceIsItsHolder) {
  const Edges edges = testing::edges(ex, "Prime Minister Narendra Modi met President Prabowo Subianto of Indonesia. "
                                         "Prime Minister thanked President Prabowo for Indonesia's support.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "India praised Indonesia"), 1);
}

// "The Chairperson urges the parties": a second determiner starts a phrase of its own.
TEST_F(DefaultActors, TheChairpersonUrgesTheParties) {
  const Edges edges = testing::edges(ex, "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, "
                                         "welcomes the peace agreement between the Democratic Republic of the Congo and "
                                         "Rwanda. The Chairperson urges the parties to implement the agreement.", true);
  for (const char* want : {"African Union urged Rwanda", "African Union urged Democratic Republic of the Congo"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), want), 1) << want;
}

// "..., and pays tribute to President Faure Gnassingbé of Togo": the sentence's subject pays
// it, not the "their" before, and "of Togo" after a new name gives its state.
TEST_F(DefaultActors, AStatementsAndPaysTributeToAPresidentOfAState) {
  const Edges edges = testing::edges(ex, "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, "
                                         "commends the United States and Qatar for their facilitation, and pays tribute "
                                         "to President Faure Gnassingbé of Togo for his efforts.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "African Union praised Togo"), 1);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "Qatar praised Togo"), 0);
}

// A state's official style before its name belongs to the mention, so a list holds.
TEST_F(DefaultActors, TheRepublicOfAStateIsTheState) {
  const Edges edges = testing::edges(ex, "The agreement between the Democratic Republic of the Congo and the Republic "
                                         "of Rwanda took effect.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "Democratic Republic of the Congo agreed Rwanda"), 1);
}

// "The Foreign Secretary, David Lammy," gives a known holder his office, so that "The Foreign
// Secretary and Prince Faisal" later are two people, not one with two offices.
TEST_F(DefaultActors, AnOfficeHeldBeforeIsItsHolderBesideAnother) {
  const Edges edges = testing::edges(ex, "The Foreign Secretary, David Lammy, welcomed Saudi Foreign Minister Prince "
                                         "Faisal bin Farhan to London. The Foreign Secretary and Prince Faisal "
                                         "discussed Gaza.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "United Kingdom met Saudi Arabia"), 2);
}

// A statement's "The General Secretariat" is the organisation's named before; "the Swedish
// ambassadors" are Sweden's as "the Swedish ambassador" is.
TEST_F(DefaultActors, TheGeneralSecretariatAndAStatesAmbassadors) {
  const Edges edges = testing::edges(ex, "The General Secretariat of the Organisation of Islamic Cooperation condemns "
                                         "the act. The General Secretariat calls on the Government of Sweden to act. "
                                         "Morocco summoned the Swedish ambassadors.", true);
  for (const char* want : {"Organisation of Islamic Cooperation urged Sweden", "Morocco opposed Sweden"})
    EXPECT_EQ(std::count(edges.begin(), edges.end(), want), 1) << want;
}

TEST_F(DefaultActors, TheTwoPmsAreTheTwoSides) {
  const Edges edges = testing::edges(ex, "Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay "
                                         "Siphandone. The two PMs agreed to speed up key projects.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "Vietnam agreed Laos") +
                std::count(edges.begin(), edges.end(), "Laos agreed Vietnam"),
            1);
}

TEST_F(DefaultActors, APeoplesArmyIsTheStatesOrgan) {
  EXPECT_EQ(testing::edges(ex, "The African Union condemned the clashes between the South Sudan People's Defence "
                               "Forces and the SPLA-IO.", true),
            (Edges{"African Union opposed South Sudan", "African Union opposed SPLA-IO", "South Sudan fought SPLA-IO"}));
}

// Found on an unseen wire (heldout46): an object "him" is never the subject
// of its own clause.
TEST_F(DefaultActors, HimIsTheLastSpeakerNotTheSubject) {
  EXPECT_EQ(testing::edges(ex, "Putin met Aliyev. Putin said Russia would pay compensation. Aliyev thanked him for "
                               "his account.", true),
            (Edges{"Russia met Azerbaijan", "Azerbaijan praised Russia"}));
}

// Found on unseen articles (heldout47): an op-ed by two ministers speaks for
// both states; "their" after a body opening the sentence is the body's.
TEST_F(DefaultActors, TwoAuthorsAndABodysTheir) {
  EXPECT_EQ(testing::edges(ex, "Europe must act\n\nBy Jean-Noel Barrot and Johann Wadephul\n\nWe will continue to "
                               "support Ukraine.", true),
            (Edges{"France pledged Ukraine", "Germany pledged Ukraine"}));
  EXPECT_EQ(testing::edges(ex, "The Security Council urged Israel and Lebanon to implement resolution 1701. The members of the "
                               "Security Council reiterated their full support for UNIFIL.", true),
            (Edges{"UN Security Council urged Israel", "UN Security Council urged Lebanon",
                   "UN Security Council supported United Nations"}));
}

TEST_F(DefaultActors, AWiresGovernmentIsTheDatelineStateAndKeepsItAfterAnArmedGroup) {
  EXPECT_EQ(testing::edges(ex, "BEIRUT, Oct 1 (AFP) - Israel struck Hezbollah positions. Hezbollah accused the "
                               "government of serving Israeli interests.", true),
            (Edges{"Israel attacked Hezbollah", "Hezbollah opposed Lebanon"}));
  // With no dateline, "the government" names no one.
  EXPECT_EQ(testing::edges(ex, "Israel struck Hezbollah positions. Hezbollah accused the government of serving "
                               "Israeli interests.", true),
            (Edges{"Israel attacked Hezbollah"}));
}

TEST_F(DefaultActors, AndSaidItIsTheSubjectSpeaking) {
  EXPECT_EQ(testing::edges(ex, "Washington welcomed the European decision and said it stood ready to hold talks with "
                               "Iran.", true),
            (Edges{"United States pledged Iran"}));
  EXPECT_EQ(testing::edges(ex, "Ethiopia signed a memorandum of understanding with Somaliland.", true),
            (Edges{"Ethiopia agreed Somaliland"}));
}

TEST_F(DefaultActors, LongFormalNamesHyphenatedGivenNamesAndTheAllyNamed) {
  EXPECT_EQ(testing::edges(ex, "Vladimir Putin had a telephone conversation with President of the Republic of Turkiye "
                               "Recep Tayyip Erdogan.", true),
            (Edges{"Russia met Turkey"}));
  EXPECT_EQ(testing::edges(ex, "Taiwan's President Lai Ching-te thanked Japan and called on China to stop.", true),
            (Edges{"Taiwan praised Japan", "Taiwan urged China"}));
  EXPECT_EQ(testing::edges(ex, "The United States said it stood with its ally Japan.", true),
            (Edges{"United States supported Japan"}));
  // "the United Nations Security Council" is the Council, not "the United Nations".
  EXPECT_EQ(testing::edges(ex, "Venezuela asked the United Nations Security Council to intervene.", true),
            (Edges{"Venezuela urged UN Security Council"}));
}

TEST_F(DefaultActors, TheAuthorsIAndATranscriptsLabelledSpeaker) {
  EXPECT_EQ(testing::edges(ex, "By Penny Wong, Minister for Foreign Affairs of Australia\n\nWhen I travelled to "
                               "Honiara, I made a commitment to the people of Solomon Islands.", true),
            (Edges{"Australia visited Solomon Islands", "Australia pledged Solomon Islands"}));
  EXPECT_EQ(testing::edges(ex, "AFP: What is your comment on the Philippines?\n\nMao Ning: The vessel intruded. "
                               "We urge the Philippines to stop its provocation.", true),
            (Edges{"China urged Philippines"}));
  // The label holds over paragraphs until the next one; "you" is the side addressed.
  EXPECT_EQ(testing::edges(ex, "Vladimir Putin met Prime Minister of Malaysia Anwar Ibrahim.\n\n"
                               "President of Russia Vladimir Putin: Mr Prime Minister, friends,\n\n"
                               "This is your first visit to Russia. We are grateful to Malaysia for its support.\n\n"
                               "Prime Minister of Malaysia Anwar Ibrahim: Thank you, Mr President.", true),
            (Edges{"Russia met Malaysia", "Malaysia visited Russia", "Russia praised Malaysia",
                   "Malaysia praised Russia"}));
}

TEST_F(DefaultActors, AStatesGroundIsActedOnAndNeverActs) {
  EXPECT_EQ(testing::edges(ex, "Belarus allowed Russian armed forces to use Belarusian territory to launch attacks "
                               "against Ukraine.", true),
            (Edges{"Russia attacked Ukraine"}));
}

TEST_F(DefaultActors, AConflictsPartiesAreNoOrganisationAndCommasAloneMakeNoGroup) {
  // APEC, named thrice in the headline, is no party to the launch.
  EXPECT_EQ(testing::edges(ex, "North Korea fires missile ahead of APEC summit\n\nNorth Korea fired missiles. South "
                               "Korea condemned the launch. China called on all parties to exercise restraint.", true),
            (Edges{"South Korea opposed North Korea", "China urged North Korea", "China urged South Korea"}));
  // "the OECD, Chinh said" is no pair for "both leaders".
  EXPECT_EQ(testing::edges(ex, "Indonesia and Vietnam agree to boost maritime cooperation\n\nVietnam supports "
                               "Indonesia's bid to join the OECD, Vietnamese Prime Minister Pham Minh Chinh said. Both "
                               "leaders called on all parties to respect the law.", true),
            (Edges{"Indonesia agreed Vietnam", "Vietnam supported Indonesia"}));
}

TEST_F(DefaultActors, ListsConditionsAndTheSpeakerAfterATime) {
  // "India said on Monday it": the speaker after a time; "linked X to the murder" accuses.
  EXPECT_EQ(testing::edges(ex, "Canada linked Indian diplomats to the murder. India said on Monday it was expelling "
                               "six Canadian diplomats.", true),
            (Edges{"Canada opposed India", "India opposed Canada"}));
  // A list ends at its "and"; a relative clause after a list is the whole list's.
  EXPECT_EQ(testing::edges(ex, "The African Union offered to mediate between Egypt and Ethiopia, and Kenyan President "
                               "William Ruto attended the ceremony.", true),
            (Edges{"African Union pledged Egypt", "African Union pledged Ethiopia"}));
  EXPECT_EQ(testing::edges(ex, "Qatar thanked its partners, including Turkiye and Pakistan, who stood with Qatar.", true),
            (Edges{"Qatar praised Turkey", "Qatar praised Pakistan", "Turkey supported Qatar",
                   "Pakistan supported Qatar"}));
  // A condition states no fact.
  EXPECT_EQ(testing::edges(ex, "The EU said it would respond if Washington imposed tariffs on European goods.", true),
            Edges{});
}

TEST_F(DefaultActors, ReadoutOfficesTheyAfterTheTwoAndNamesOpeningWithTo) {
  EXPECT_EQ(testing::edges(ex, "Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan. "
                               "The Secretary and Foreign Minister discussed Gaza. The Secretary thanked the Kingdom. "
                               "They also discussed Syria.", true),
            (Edges{"United States met Saudi Arabia", "United States met Saudi Arabia",
                   "United States praised Saudi Arabia", "United States met Saudi Arabia"}));
  EXPECT_EQ(testing::edges(ex, "General Secretary of the Communist Party of Vietnam To Lam held talks with President "
                               "of Laos Thongloun Sisoulith.", true),
            (Edges{"Vietnam met Laos"}));
  EXPECT_EQ(testing::edges(ex, "Sudan, which had sided with Egypt, said it hoped Ethiopia would resume negotiations.",
                           true),
            (Edges{"Sudan supported Egypt", "Sudan urged Ethiopia"}));
}

TEST_F(DefaultActors, HisCounterpartPluralPeopleAndTheMoodOfASecondVerb) {
  EXPECT_EQ(testing::edges(ex, "Colombian President Gustavo Petro met his Venezuelan counterpart Nicolas Maduro.", true),
            (Edges{"Colombia met Venezuela"}));
  EXPECT_EQ(testing::edges(ex, "TTP militants killed hundreds of Pakistanis.", true),
            (Edges{"Tehreek-e-Taliban Pakistan attacked Pakistan"}));
  // "would ... and stand by" is a promise in both verbs.
  EXPECT_EQ(testing::edges(ex, "Kim said the DPRK would fully support Russia's policy and stand by the Russian people.",
                           true),
            (Edges{"North Korea pledged Russia"}));
  // An act named by a noun acts on no one: "the operation, and Germany pledged".
  EXPECT_EQ(testing::edges(ex, "Russia attacked Ukraine. The Netherlands, which joined the operation, and Germany "
                               "pledged to send air defence systems to Poland.", true),
            (Edges{"Russia attacked Ukraine", "Germany pledged Poland"}));
}

TEST_F(DefaultActors, HimIsNoOneOfItsClausesSubjectAndCommaAndJoinsClauses) {
  EXPECT_EQ(testing::edges(ex, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook "
                               "hands with Donald Trump, and both leaders praised him.", true),
            (Edges{"Armenia met United States", "Azerbaijan met United States", "Armenia praised United States",
                   "Azerbaijan praised United States"}));
  EXPECT_EQ(testing::edges(ex, "Kenyan President William Ruto paid a state visit to China, and President Xi Jinping "
                               "held talks with him.", true),
            (Edges{"Kenya visited China", "China met Kenya"}));
  // ", and" after one object starts a clause; after "between" it ends the pair.
  EXPECT_EQ(testing::edges(ex, "Egypt expressed solidarity with Qatar, and Iran denounced the attack.", true),
            (Edges{"Egypt supported Qatar"}));
}

TEST_F(DefaultActors, AnObjectPairIsTheStorysTwoMainStates) {
  // "both countries" after "Eritrea and Somalia" are still the story's two.
  EXPECT_EQ(testing::edges(ex, "Eritrea accuses Ethiopia of plotting war\n\nEritrea accused Ethiopia of preparing an "
                               "invasion. Egypt has deepened military ties with Eritrea and Somalia. The African Union "
                               "urged both countries to show restraint.", true),
            (Edges{"Eritrea opposed Ethiopia", "Eritrea opposed Ethiopia", "Egypt agreed Eritrea", "Egypt agreed Somalia",
                   "African Union urged Eritrea", "African Union urged Ethiopia"}));
}

TEST_F(DefaultActors, AGroupsNameEndingAPersonsAndAQuotedAct) {
  EXPECT_EQ(testing::edges(ex, "Congolese Foreign Minister Therese Kayikwamba Wagner thanked the United States.", true),
            (Edges{"Democratic Republic of the Congo praised United States"}));
  EXPECT_EQ(testing::edges(ex, "Israeli warplanes struck Damascus. Syria's foreign ministry condemned the \"treacherous "
                               "aggression\".", true),
            (Edges{"Israel attacked Syria", "Syria opposed Israel"}));
}

TEST_F(DefaultActors, AnyMinisterOfAStateTheDominicanRepublicAndTheSpeakersThanks) {
  EXPECT_EQ(testing::edges(ex, "Syrian Foreign Minister Asaad al-Shaibani met Israeli Strategic Affairs Minister Ron "
                               "Dermer.", true),
            (Edges{"Syria met Israel"}));
  EXPECT_EQ(testing::edges(ex, "Haiti accused Dominican authorities of violating the rights of migrants.", true),
            (Edges{"Haiti opposed Dominican Republic"}));
  // "Paris", where the talks were, is no side; the envoy's thanks after "and" are his.
  EXPECT_EQ(testing::edges(ex, "Syria and Israel hold talks in Paris\n\nSyria met Israel in Paris. U.S. envoy Tom "
                               "Barrack said the two sides had agreed to keep talking and thanked France.", true),
            (Edges{"Syria met Israel", "Syria visited France", "Israel visited France", "Syria met Israel",
                   "Syria visited France", "Israel visited France", "Syria agreed Israel",
                   "United States praised France"}));
}

TEST_F(DefaultActors, AnOfficeOfAnOrganisationSpeaksForIt) {
  EXPECT_EQ(testing::edges(ex, "Kazakh President Kassym-Jomart Tokayev hosted the President of the European Council "
                               "in Astana.", true),
            (Edges{"Kazakhstan met European Union"}));
}

TEST_F(DefaultActors, TheMinistryIsTheForeignMinistryNamedLastAndAnActDemandsNothing) {
  EXPECT_EQ(testing::edges(ex, "Turkish jets struck PKK targets in Iraq. Iraq's foreign ministry summoned the Turkish "
                               "envoy. The ministry said the strikes were a violation of Iraqi sovereignty and "
                               "demanded that Ankara withdraw its forces.", true),
            (Edges{"Turkey attacked Kurdistan Workers' Party", "Iraq opposed Turkey", "Iraq opposed Turkey",
                   "Iraq urged Turkey"}));
}

TEST_F(DefaultActors, TheJuntaIsTheStateLastNamedWithItsMilitaryRulers) {
  EXPECT_EQ(testing::edges(ex, "Leaders urged Myanmar's military rulers to act. Thailand met Laos. "
                               "Malaysia and Indonesia criticised the junta for the lack of progress.", true),
            (Edges{"Thailand met Laos", "Malaysia opposed Myanmar", "Indonesia opposed Myanmar"}));
  EXPECT_EQ(testing::edges(ex, "Mali's military government expelled the envoy. Nigeria urged the military government "
                               "to hold elections.", true),
            (Edges{"Nigeria urged Mali"}));
  EXPECT_EQ(testing::edges(ex, "Indonesia criticised the junta.", true), Edges{});
  // "the three military governments" named together before.
  EXPECT_EQ(testing::edges(ex, "Mali, Burkina Faso and Niger left the bloc. Nigeria called on the three military "
                               "governments to return.", true),
            (Edges{"Nigeria urged Mali", "Nigeria urged Burkina Faso", "Nigeria urged Niger"}));
}

// Found on unseen readouts (heldout6): an office named again without the name,
// "its neighbour", a verb after "but".
TEST_F(DefaultActors, TheOfficeAloneItsNeighbourAndButKeepTheirActors) {
  EXPECT_EQ(testing::edges(ex, "Nepal's Foreign Secretary Sewa Lamsal arrived. The Foreign Secretary met Chinese "
                               "Vice Foreign Minister Sun Weidong.", true),
            (Edges{"Nepal met China"}));
  // No one named with that title before: nobody.
  EXPECT_EQ(testing::edges(ex, "The Foreign Secretary met Chinese Vice Foreign Minister Sun Weidong.", true), Edges{});
  EXPECT_EQ(testing::edges(ex, "He said India supports a democratic, stable and inclusive Bangladesh and remains "
                               "committed to a strong relationship with its neighbour.", true),
            (Edges{"India supported Bangladesh", "India pledged Bangladesh"}));
  EXPECT_EQ(testing::edges(ex, "Tusk welcomed the pledge but criticised Berlin for moving too slowly.", true),
            (Edges{"Poland opposed Germany"}));
}

// Found on unseen wire copy (heldout7): the parties said freely, as subject and
// as object; "the kingdom"; an apposition is no group; a second title before a name.
TEST_F(DefaultActors, PartiesKingdomsAppositionsAndSecondTitles) {
  EXPECT_EQ(testing::edges(ex, "India and Pakistan traded fire. Iran and Saudi Arabia offered to mediate between "
                               "the two nuclear-armed neighbours.", true),
            (Edges{"India attacked Pakistan", "Pakistan attacked India", "Iran pledged India", "Iran pledged Pakistan",
                   "Saudi Arabia pledged India", "Saudi Arabia pledged Pakistan"}));
  EXPECT_EQ(testing::edges(ex, "Japan met Australia in Tokyo. The four ministers urged North Korea to stop.", true),
            (Edges{"Japan met Australia", "Australia visited Japan", "Australia urged North Korea",
                   "Japan urged North Korea"}));
  EXPECT_EQ(testing::edges(ex, "Saudi Crown Prince Mohammed bin Salman received Ahmed al-Sharaa of Syria. The crown "
                               "prince said the kingdom would support Syria's reconstruction.", true),
            (Edges{"Saudi Arabia met Syria", "Saudi Arabia pledged Syria"}));
  EXPECT_EQ(testing::edges(ex, "Armenia, Azerbaijan initial peace deal\n\nRussia, Armenia's ally, criticised the deal. "
                               "Kaja Kallas of the EU urged both sides to sign it.", true),
            (Edges{"Armenia agreed Azerbaijan", "European Union urged Armenia", "European Union urged Azerbaijan"}));
  EXPECT_EQ(testing::edges(ex, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani, who visited Damascus last week, "
                               "pledged to help Syria.", true),
            (Edges{"Qatar pledged Syria", "Qatar visited Syria"}));
}

// Found on an unseen readout (heldout8): the host's officials named without
// their country take the other main state; offices of no state do not.
TEST_F(DefaultActors, AHostsOfficialNamedWithoutCountryTakesTheOtherMainState) {
  EXPECT_EQ(testing::edges(ex, "Indian Prime Minister Narendra Modi visited Mauritius. India and Mauritius signed "
                               "agreements. Prime Minister Modi also called on President Dharambeer Gokhool.", true),
            (Edges{"India visited Mauritius", "India agreed Mauritius", "India met Mauritius"}));
  // A spokesperson's office says nothing of a state: no edge at state level.
  const auto edges = testing::edges(ex, "Indian Prime Minister Narendra Modi visited Mauritius. India and Mauritius "
                                        "signed agreements. Modi met Spokesperson John Doe.", true);
  EXPECT_EQ(std::count(edges.begin(), edges.end(), "India met Mauritius"), 0);
}

// Found on unseen texts (heldout48): the unnamed office holder opening a sentence
// owns its "his"; a city that is no capital still dates a wire; a quoted leader's
// "your" is the other side; "this deliberate terror" is the attack just told.
TEST_F(DefaultActors, AnOfficeHoldersHisACityDatelineAQuotedYourAndAnActOfTerror) {
  EXPECT_EQ(testing::edges(ex, "Egyptian Foreign Minister Badr Abdelatty received Greek Foreign Minister Giorgos "
                               "Gerapetritis in Cairo. The Greek Foreign Minister affirmed his country's support for "
                               "the Egyptian efforts.", true),
            (Edges{"Egypt met Greece", "Greece visited Egypt", "Greece supported Egypt"}));
  const std::string story = ", May 6 (AP) - Sudan severed relations with the UAE. Defence Minister Yassin Ibrahim "
                            "said the UAE had violated Sudan's sovereignty.";
  const Edges city = testing::edges(ex, "PORT SUDAN" + story, true);
  EXPECT_EQ(std::count(city.begin(), city.end(), "Sudan opposed United Arab Emirates"), 2);
  const Edges nowhere = testing::edges(ex, "Reuters" + story, true);
  EXPECT_EQ(std::count(nowhere.begin(), nowhere.end(), "Sudan opposed United Arab Emirates"), 1);
  EXPECT_EQ(testing::edges(ex, "Kazakh President Kassym-Jomart Tokayev held talks with Turkish President Recep Tayyip "
                               "Erdogan. \"We highly value your contribution,\" Tokayev said.", true),
            (Edges{"Kazakhstan met Turkey", "Kazakhstan praised Turkey"}));
  EXPECT_EQ(testing::edges(ex, "Statement of the Ministry of Foreign Affairs of Ukraine\n\nLast night, Russia "
                               "launched a massive attack on Kyiv. We strongly condemn this deliberate terror against "
                               "the civilian population. We also condemn the weather.", true),
            (Edges{"Russia attacked Ukraine", "Ukraine opposed Russia"}));
}

// Found on unseen texts (heldout49): "its Baltic neighbour" is a Baltic state;
// "the military authorities in Naypyidaw" rule from there; "Chinese, U.S.
// officials" are two sides; a joint statement's bare "The Ministers" are all its
// signatories; "will help it" helps another than the helper.
TEST_F(DefaultActors, ARegionalNeighbourRulersInACapitalAndAStatementsMinisters) {
  EXPECT_EQ(testing::edges(ex, "Lithuania closed its border with Belarus. Poland said it backed its Baltic "
                               "neighbour.", true),
            (Edges{"Lithuania opposed Belarus", "Poland supported Lithuania"}));
  EXPECT_EQ(testing::edges(ex, "Malaysia urged the military authorities in Naypyidaw to end the violence.", true),
            (Edges{"Malaysia urged Myanmar"}));
  EXPECT_EQ(testing::edges(ex, "Kenya will work with the transitional government in Port-au-Prince.", true),
            (Edges{"Kenya pledged Haiti"}));
  EXPECT_EQ(testing::edges(ex, "The EU criticised the Georgian authorities. The EU calls on the authorities to "
                               "investigate.", true),
            (Edges{"European Union opposed Georgia", "European Union urged Georgia"}));
  EXPECT_EQ(testing::edges(ex, "Chinese, U.S. officials hold trade talks", true), (Edges{"China met United States"}));
  const Edges statement = testing::edges(
      ex, "The Foreign Ministers of Saudi Arabia, Egypt and Jordan condemn Israel's decision. They reaffirm their "
          "support for the Palestinian people. The Ministers call on the United States to act.", true);
  EXPECT_EQ(std::count(statement.begin(), statement.end(), "Jordan urged United States"), 1);
  EXPECT_EQ(std::count(statement.begin(), statement.end(), "Egypt urged United States"), 1);
  EXPECT_EQ(std::count(statement.begin(), statement.end(), "Palestine urged United States"), 0);
  EXPECT_EQ(testing::edges(ex, "Malaysia welcomed Timor-Leste in October, and Malaysia will help it build "
                               "institutions.", true),
            (Edges{"Malaysia pledged Timor-Leste"}));
}

// Found on unseen texts (heldout50): a minister who "issued the following
// statement:" speaks its "we", in the quoted paragraph and beyond it; "the
// Islamic Republic" is Iran; "met X during his visit" is a visit too.
TEST_F(DefaultActors, AStatementsSpeakerTheIslamicRepublicAndAMeetingDuringAVisit) {
  EXPECT_EQ(testing::edges(ex, "Foreign Minister Wadephul travels to Kyiv\n\nGerman Foreign Minister Johann Wadephul "
                               "is travelling to Kyiv today. Before his departure, he issued the following "
                               "statement:\n\n\"Ukraine can rely on Germany. We will continue to support Ukraine.\n\n"
                               "We also thank Poland for its solidarity.", true),
            (Edges{"Germany visited Ukraine", "Germany visited Ukraine", "Germany supported Ukraine",
                   "Germany pledged Ukraine", "Germany praised Poland"}));
  EXPECT_EQ(testing::edges(ex, "Iranian Foreign Minister Abbas Araghchi said the Islamic Republic would continue the "
                               "negotiations as long as the American side acted in good faith.", true),
            (Edges{"Iran pledged United States"}));
  EXPECT_EQ(testing::edges(ex, "The Omani foreign minister also met Iranian President Masoud Pezeshkian during his "
                               "one-day visit.", true),
            (Edges{"Oman met Iran", "Oman visited Iran"}));
}

// Found on unseen texts (heldout51): the group naming a statement's ministers
// ("We, the G7 Foreign Ministers of ...") signs nothing beside its members; the
// one a speaker "told" is no subject of the clause after the comma; "the planned
// embassy move" is the act of whoever was to move an embassy.
TEST_F(DefaultActors, AGroupNamingTheMinistersTheOneToldAndAnEmbassyMove) {
  const Edges g7 = testing::edges(ex, "We, the G7 Foreign Ministers of Canada, France and Japan, are concerned. We "
                                      "call on Iran to restore access.", true);
  EXPECT_EQ(g7, (Edges{"Canada urged Iran", "France urged Iran", "Japan urged Iran"}));
  EXPECT_EQ(testing::edges(ex, "\"Argentina stands with Israel,\" Argentine President Javier Milei told Israeli Prime "
                               "Minister Benjamin Netanyahu, calling Hamas a terrorist organisation.", true),
            (Edges{"Argentina supported Israel", "Argentina opposed Hamas"}));
  const Edges move = testing::edges(ex, "Milei said Argentina would move its embassy to Jerusalem. Netanyahu thanked "
                                        "Milei. Israel and Argentina will expand trade. Palestine condemned the "
                                        "planned embassy move.", true);
  EXPECT_EQ(std::count(move.begin(), move.end(), "Palestine opposed Argentina"), 1);
  EXPECT_EQ(std::count(move.begin(), move.end(), "Palestine opposed Israel"), 0);
}

// Found on unseen texts (heldout52): "with President Aliyev accusing Russia" has
// its own subject; a release signed at its foot speaks with its signatory's "I";
// "I met with X on the sidelines of the meetings in Kuala Lumpur" is a visit of both.
TEST_F(DefaultActors, AnAbsoluteClauseASignedReleaseAndFellowVisitors) {
  EXPECT_EQ(testing::edges(ex, "Relations were strained after a jet crashed, with President Ilham Aliyev accusing "
                               "Russia of shooting it down.", true),
            (Edges{"Azerbaijan opposed Russia"}));
  EXPECT_EQ(testing::edges(ex, "Meeting with Chinese Foreign Minister Wang Yi\n\nMedia release, 11 July 2025\n\nToday "
                               "I met with China's Foreign Minister Wang Yi on the sidelines of the ASEAN meetings in "
                               "Kuala Lumpur.\n\nSenator the Hon Penny Wong, Minister for Foreign Affairs", true),
            (Edges{"Australia met China", "Australia met China", "Australia visited Malaysia",
                   "China visited Malaysia"}));
}

// Found on unseen texts (heldout55): "Aliyev and I initialled" names the author
// among the parties; a ministry's remarks that open with "The Chinese side" speak
// with its "we".
TEST_F(DefaultActors, TheAuthorAmongThePartiesAndAMinistrysOwnSide) {
  EXPECT_EQ(testing::edges(ex, "By Nikol Pashinyan\n\nIn August, President Ilham Aliyev and I initialled a peace "
                               "agreement.\n\nThe writer is the Prime Minister of the Republic of Armenia.", true),
            (Edges{"Azerbaijan agreed Armenia"}));
  EXPECT_EQ(testing::edges(ex, "Remarks on Erroneous Remarks\n\nThe Chinese side firmly opposes the erroneous remarks "
                               "of Japanese Prime Minister Sanae Takaichi. We urge the Japanese side to retract "
                               "them.", true),
            (Edges{"China opposed Japan", "China urged Japan"}));
}

TEST_F(DefaultActors, AReleasesOwnMinisterRulersInAStateAndAStatesOwnOffice) {
  EXPECT_EQ(testing::edges(ex, "Lisbon, 3 November 2025\n\nThe Minister of State and Foreign Affairs, Rui Tavares Costa, "
                               "travelled to Luanda for an official visit.", true),
            (Edges{"Portugal visited Angola"}));
  // Without the dateline the minister's state is unknown.
  EXPECT_EQ(testing::edges(ex, "The Minister of State and Foreign Affairs, Rui Tavares Costa, travelled to Luanda.", true),
            (Edges{}));
  EXPECT_EQ(testing::edges(ex, "SADC calls upon the military authorities in Madagascar to restore order.", true),
            (Edges{"Southern African Development Community urged Madagascar"}));
  EXPECT_EQ(testing::edges(ex, "Egypt urged the troops in Niger to leave.", true), (Edges{}));
  // "EAM" is India's External Affairs Minister named before, so "He" is him.
  EXPECT_EQ(testing::edges(ex, "External Affairs Minister S. Jaishankar met Wang Yi. EAM noted the progress made. "
                               "He called on China to address India's concerns.", true),
            (Edges{"India met China", "India urged China"}));
}

TEST_F(DefaultActors, AnOfficeNamedAgainAndAStatementsOwnCommission) {
  EXPECT_EQ(testing::edges(ex, "The Chairperson of the Southern African Development Community (SADC), His Excellency "
                               "Peter Mutharika, President of the Republic of Malawi, is concerned.\n\nThe "
                               "Chairperson commends the Government of the Republic of South Africa.", true),
            (Edges{"Southern African Development Community praised South Africa"}));
  EXPECT_EQ(testing::edges(ex, "ECOWAS Statement on Guinea-Bissau\n\nECOWAS condemns the coup. ECOWAS commends the "
                               "African Union for its condemnation. The Commission will dispatch a mission to Bissau.",
                           true),
            (Edges{"ECOWAS praised African Union", "ECOWAS visited Guinea-Bissau"}));
}

TEST_F(DefaultActors, HonorificsBeforeAnOfficeAndTheCountryVisited) {
  EXPECT_EQ(testing::edges(ex, "Doha, November 18 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani and HE "
                               "President of the Republic of Lebanon General Joseph Aoun held talks on the occasion of "
                               "HE the Lebanese President's visit to the country.\n\nHH the Amir welcomed HE the "
                               "Lebanese President.", true),
            (Edges{"Qatar met Lebanon", "Lebanon visited Qatar", "Qatar met Lebanon"}));
}

// A Title Case headline's verb is no name: no person "Hold Official" is made up.
TEST_F(DefaultActorsTest, AHeadlinesVerbAfterATitleIsNoName) {
  const auto all = find("HH the Amir, Lebanese President Hold Official Talks");
  const Found* president = mention(all, "Lebanese President");
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(president->actors, std::vector<std::string>{"LBN"});
}

TEST_F(DefaultActors, ARebuttedClaimAndASecondThatClause) {
  EXPECT_EQ(testing::edges(ex, "Nepal said Lipulekh belongs to Nepal and accused India of encroaching. India rejected "
                               "the claim.", true),
            (Edges{"Nepal opposed India", "India opposed Nepal"}));
  EXPECT_EQ(testing::edges(ex, "China said the pass was a matter between Nepal and India and that it respected Nepal's "
                               "sovereignty.", true),
            (Edges{"China supported Nepal"}));
}

TEST_F(DefaultActors, TheMinistersAreThoseWhoMetAndWeIsNotAmongAllParties) {
  // "The Ministers" are the two who met, not the three states of a mechanism named since.
  EXPECT_EQ(testing::edges(ex, "Minister Fidan met Minister Bayramov in Ankara.\n\nBayramov said Azerbaijan values "
                               "the trilateral mechanism between Türkiye, Azerbaijan and Georgia.\n\nThe Ministers "
                               "also exchanged views on the railway.", true),
            (Edges{"Turkey met Azerbaijan", "Azerbaijan visited Turkey", "Azerbaijan met Turkey"}));
  EXPECT_EQ(testing::edges(ex, "We, the Foreign Ministers of France, Germany and the United Kingdom, call on Iran to "
                               "act.\n\nWe will continue to engage with Iran and all parties to that end.", true),
            (Edges{"France urged Iran", "Germany urged Iran", "United Kingdom urged Iran", "France pledged Iran",
                   "Germany pledged Iran", "United Kingdom pledged Iran"}));
}

TEST_F(DefaultActors, AllPartiesBesideOneSideAreOfItsOwnConflict) {
  EXPECT_EQ(testing::edges(ex, "ASEAN Chairman's Statement on Myanmar\n\nKuala Lumpur, 26 October 2025\n\nWe, the "
                               "Leaders of ASEAN, reviewed the situation.\n\nWe urged the Myanmar Armed Forces and all "
                               "parties concerned to cease violence.", true),
            (Edges{"ASEAN urged Myanmar"}));
}

TEST_F(DefaultActors, HeAfterSaidIsTheOneWhoSaysIt) {
  EXPECT_EQ(testing::edges(ex, "Venezuelan President Nicolas Maduro expressed solidarity with Colombia, while Brazil's "
                               "Lula da Silva said he regretted the U.S. decision.", true),
            (Edges{"Venezuela supported Colombia", "Brazil opposed United States"}));
}

TEST_F(DefaultActors, ARebuttedCriticismIsTheCriticsAct) {
  EXPECT_EQ(testing::edges(ex, "Szijjarto accused Kyiv of dragging Hungary into the war. Ukraine's army struck a "
                               "pumping station in Russia. Sybiha rejected the criticism.", true),
            (Edges{"Hungary opposed Ukraine", "Ukraine attacked Russia", "Ukraine opposed Hungary"}));
}

TEST_F(DefaultActors, MyCounterpartAndAGovernmentSeatedInACapital) {
  EXPECT_EQ(testing::edges(ex, "By Simon Harris, Minister for Foreign Affairs of Ireland\n\nI am grateful to my "
                               "Spanish counterpart, José Manuel Albares, for his partnership.", true),
            (Edges{"Ireland praised Spain"}));
  EXPECT_EQ(testing::edges(ex, "Greece protested a maritime memorandum between Turkey and the Tripoli-based government.",
                           true),
            (Edges{"Greece opposed Turkey", "Greece opposed Libya", "Turkey agreed Libya"}));
}

TEST_F(DefaultActors, TheSidesAndAnIntentionToContinue) {
  EXPECT_EQ(testing::edges(ex, "Uzbek Foreign Minister Bakhtiyor Saidov met Amir Khan Muttaqi in Tashkent. The sides "
                               "discussed trade. Saidov noted that Uzbekistan "
                               "intends to continue providing humanitarian assistance to the Afghan people.", true),
            (Edges{"Uzbekistan met Afghanistan", "Afghanistan visited Uzbekistan", "Afghanistan met Uzbekistan",
                   "Uzbekistan pledged Afghanistan"}));
}

TEST_F(DefaultActors, TheHeadOfStateAndACommuniquesLeaders) {
  EXPECT_EQ(testing::edges(ex, "President Ilham Aliyev met Prime Minister Shehbaz Sharif. The head of state expressed "
                               "gratitude for Pakistan's support.", true),
            (Edges{"Azerbaijan met Pakistan", "Azerbaijan praised Pakistan"}));
  EXPECT_EQ(testing::edges(ex, "Pacific Islands Forum Leaders Communique\n\nHoniara, 10 September 2025\n\nLeaders "
                               "thanked New Zealand for its support.", true),
            (Edges{"Pacific Islands Forum praised New Zealand"}));
}

TEST_F(DefaultActors, TheNorthAndTheSouthOfTheTwoKoreas) {
  EXPECT_EQ(testing::edges(ex, "South Korea switched off loudspeakers on the border with North Korea. Last year the "
                               "North declared the South its principal enemy.", true),
            (Edges{"North Korea opposed South Korea"}));
  // Without both Koreas named, "the South" is no state.
  EXPECT_EQ(testing::edges(ex, "Sudan's army said the RSF declared the South its principal enemy.", true), (Edges{}));
}

TEST_F(DefaultActors, HimAfterAndIsTheGuestNotTheSubject) {
  EXPECT_EQ(testing::edges(ex, "President Biya received his Gabonese counterpart. Biya congratulated his guest on "
                               "the transition and assured him of Cameroon's support.", true),
            (Edges{"Cameroon met Gabon", "Cameroon praised Gabon", "Cameroon supported Gabon"}));
}

TEST_F(DefaultActors, ItsGoodsAreTheSubjectsNotTheTariffSetters) {
  EXPECT_EQ(testing::edges(ex, "Lesotho, Eswatini's neighbour, was hit hard after Trump threatened a "
                               "50% tariff on its textile exports.", true),
            (Edges{"United States opposed Lesotho"}));
  // Not after a verb that hits nothing: "its exports grew" names no target.
  EXPECT_EQ(testing::edges(ex, "Lesotho said its exports to the United States grew.", true), (Edges{}));
}

TEST_F(DefaultActors, AFormerMinisterActsForNoStateButAFormerPresidentDid) {
  EXPECT_EQ(testing::edges(ex, "Kenyan activists, including former justice minister Martha Karua, had travelled to "
                               "Dar es Salaam.", true),
            (Edges{}));
  EXPECT_EQ(testing::edges(ex, "Former Bolivian President Evo Morales expelled U.S. ambassador Philip Goldberg in 2008.",
                           true),
            (Edges{"Bolivia opposed United States"}));
}

TEST_F(DefaultActors, ItAfterAMinistryWithALongNameIsTheMinistrysState) {
  EXPECT_EQ(testing::edges(ex, "FREETOWN, Aug 21 (Reuters) - The Ministry of Foreign Affairs and International "
                               "Cooperation said it had summoned Guinea's ambassador.", true),
            (Edges{"Sierra Leone opposed Guinea"}));
}

TEST_F(DefaultActors, AQuotedWeOfAnOfficialPlacedByTheDateline) {
  EXPECT_EQ(testing::edges(ex, "FREETOWN, Aug 21 (Reuters) - Sierra Leone accused Guinea of an incursion.\n\n\"We "
                               "remain committed to resolving this matter peacefully with our brothers in Conakry,\" "
                               "Foreign Minister Timothy Kabba told reporters.", true),
            (Edges{"Sierra Leone opposed Guinea", "Sierra Leone pledged Guinea"}));
}

TEST_F(DefaultActors, ABodysCommissionPresidentSpeaksForTheBody) {
  EXPECT_EQ(testing::edges(ex, "ECOWAS Commission President Omar Touray urged Guinea to show restraint.", true),
            (Edges{"ECOWAS urged Guinea"}));
}

TEST_F(DefaultActors, PlacesOfAnAttackAreNoTwoSides) {
  EXPECT_EQ(testing::edges(ex, "Cabo Verde and Portugal held their summit in Praia. They condemned the attacks on "
                               "civilians in Mali and Burkina Faso. Both sides reaffirmed their support for the "
                               "candidacy of Cabo Verde.", true),
            (Edges{"Cabo Verde met Portugal", "Portugal visited Cabo Verde", "Portugal supported Cabo Verde"}));
}

TEST_F(DefaultActors, ThePresidentOfAStateIsTheOfficeHolderNamedLater) {
  EXPECT_EQ(testing::edges(ex, "SYDNEY, March 10 (Reuters) - The president of the Federated States of Micronesia has "
                               "accused China of waging political warfare, saying Beijing had threatened him. "
                               "President David Panuelo said he had raised his concerns with the Chinese ambassador.",
                           true),
            (Edges{"Micronesia opposed China", "China opposed Micronesia", "Micronesia met China"}));
}

TEST_F(DefaultActors, TheAllegationsAreTheAccusersNotTheLastActs) {
  EXPECT_EQ(testing::edges(ex, "Micronesia accused China of political warfare. Chinese officials had also "
                               "threatened Micronesia's president. China said the allegations were groundless.", true),
            (Edges{"Micronesia opposed China", "China opposed Micronesia", "China opposed Micronesia"}));
}

TEST_F(DefaultActors, TheKingOfAReleaseIsTheDatelinesMonarch) {
  EXPECT_EQ(testing::edges(ex, "HM the King receives Jordanian Foreign Minister\n\nManama, Oct. 28 (BNA) -- The "
                               "minister conveyed the greetings of his brother King Abdullah II. His Majesty praised "
                               "Jordan's pivotal role.", true),
            (Edges{"Bahrain met Jordan", "Bahrain praised Jordan"}));
}

TEST_F(DefaultActors, AnOfficialWithAForeignCounterpartIsOfTheOtherSide) {
  EXPECT_EQ(testing::edges(ex, "Manama, Oct. 28 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received Jordan's "
                               "Deputy Prime Minister, Ayman Safadi. The meeting was attended by HRH Prince Salman bin "
                               "Hamad Al Khalifa, the Crown Prince and Prime Minister, and Foreign Minister Dr "
                               "Abdullatif bin Rashid Al Zayani, who later held talks with his Jordanian counterpart.",
                           true),
            (Edges{"Bahrain met Jordan", "Bahrain met Jordan"}));
}

TEST_F(DefaultActors, ACapitalWordAfterADatelineIsNoPartOfAName) {
  EXPECT_EQ(testing::edges(ex, "RIGA \u2014 Since Russia launched its full-scale invasion of Ukraine, the Baltic Sea "
                               "has become a front line.", true),
            (Edges{"Russia attacked Ukraine"}));
}

TEST_F(DefaultActors, TheTextsStateForAKnownOfficialWinsButAChairStaysTheBodys) {
  EXPECT_EQ(testing::edges(ex, "Djibouti's foreign minister Mahmoud Ali Youssouf met Ethiopian Prime Minister Abiy "
                               "Ahmed.", true),
            (Edges{"Djibouti met Ethiopia"}));
  EXPECT_EQ(testing::edges(ex, "OSCE Chairperson-in-Office Valtonen visits Moldova\n\nThe OSCE Chairperson-in-Office, "
                               "Finland's Minister for Foreign Affairs Elina Valtonen, met President Maia Sandu.", true),
            (Edges{"OSCE visited Moldova", "OSCE met Moldova"}));
}

TEST_F(DefaultActors, ItAfterATemporalSubordinatorIsTheClausesSubject) {
  EXPECT_EQ(testing::edges(ex, "Andorra backs Ukraine, as it did when it condemned Russia in 2022.", true),
            (Edges{"Andorra supported Ukraine", "Andorra opposed Russia"}));
  // After "because" the clause is as often about the object: left alone.
  EXPECT_EQ(testing::edges(ex, "Sudan recalled its ambassador from Kenya because it hosted the RSF.", true),
            (Edges{"Sudan opposed Kenya"}));
}

TEST_F(DefaultActors, APossessiveOpensAListMemberWhenItNamesANewTitledPerson) {
  EXPECT_EQ(testing::edges(ex, "Belizean Foreign Minister Francis Fonseca and his Guatemalan counterpart Carlos Ramiro "
                               "Martinez met for four hours.", true),
            (Edges{"Belize met Guatemala"}));
}

TEST_F(DefaultActors, AStatesOwnPartiesAreTheStateAndTheGroupItFights) {
  EXPECT_EQ(testing::edges(ex, "The RSF shelled El Fasher. France called on both Sudanese parties to agree a ceasefire.",
                           true),
            (Edges{"Rapid Support Forces attacked Sudan", "France urged Sudan", "France urged Rapid Support Forces"}));
  EXPECT_EQ(testing::edges(ex, "France called on the two Libyan sides to agree a ceasefire.", true),
            (Edges{"France urged Libya"}));
}

TEST_F(DefaultActors, AnObjectsGovernmentStartsNoClause) {
  EXPECT_EQ(testing::edges(ex, "Honduran President Xiomara Castro spoke. Venezuela's foreign ministry expressed "
                               "solidarity with Castro's government and denounced what it called Washington's "
                               "attempt to blackmail Honduras.", true),
            (Edges{"Venezuela supported Honduras", "Venezuela opposed United States"}));
}

TEST_F(DefaultActors, ABodysEnvoyNamedAfterTheScopeOfTheOfficeSpeaksForTheBody) {
  EXPECT_EQ(testing::edges(ex, "Myanmar's military carried out air strikes on villages controlled by the Arakan Army. "
                               "The United Nations special envoy on Myanmar, Julie Bishop, condemned the attacks on "
                               "civilians and called on the military to allow aid into the state.", true),
            (Edges{"Myanmar attacked Arakan Army", "United Nations opposed Myanmar", "United Nations urged Myanmar"}));
  // A state's official keeps the state of the scope its own mention, for "its ally" to find.
  EXPECT_EQ(testing::edges(ex, "The United States ambassador to Japan, George Glass, said Washington stood firmly with "
                               "its ally.", true),
            (Edges{"United States supported Japan"}));
}

TEST_F(DefaultActors, ACommuniquesSummitSpeaksForTheBodyThatHeldIt) {
  EXPECT_EQ(testing::edges(ex, "The Summit of the Southern African Development Community (SADC) was chaired by President "
                               "Emmerson Mnangagwa of Zimbabwe, Chairperson of SADC.\n\nSummit commended the Government "
                               "of Mozambique and urged all political stakeholders in Mozambique to exercise restraint.",
                           true),
            (Edges{"Southern African Development Community praised Mozambique",
                   "Southern African Development Community urged Mozambique"}));
}

TEST_F(DefaultActors, AKnownLeadersStateAfterOfAndARepeatedWithKeepTheirLists) {
  EXPECT_EQ(testing::edges(ex, "Botswana is grateful to President Ramaphosa of South Africa and President Lourenco of "
                               "Angola for standing with Botswana.", true),
            (Edges{"Botswana praised South Africa", "Botswana praised Angola", "South Africa supported Botswana",
                   "Angola supported Botswana"}));
  EXPECT_EQ(testing::edges(ex, "Botswana raised its concerns with the European Commission and with the governments of "
                               "Belgium and Canada.", true),
            (Edges{"Botswana met European Union", "Botswana met Belgium", "Botswana met Canada"}));
}

TEST_F(DefaultActors, RulersInAWhoseClauseActForTheirStatesAndAQualifiedBlocIsNamedAgain) {
  EXPECT_EQ(testing::edges(ex, "Burkina Faso, Mali and Niger, whose military rulers have expelled French troops, formed "
                               "a joint force last year.", true),
            (Edges{"Burkina Faso agreed Mali", "Burkina Faso agreed Niger", "Mali agreed Niger",
                   "Burkina Faso opposed France", "Mali opposed France", "Niger opposed France"}));
  EXPECT_EQ(testing::edges(ex, "ECOWAS sent troops. Gambia would ask the regional bloc to extend the mission.", true),
            (Edges{"Gambia urged ECOWAS"}));
}

TEST_F(DefaultActors, AListInARelativeAsideIsNoPairTheSentenceGoesOnAbout) {
  EXPECT_EQ(testing::edges(ex, "Argentina pressed Britain. Argentine President Javier Milei, who has sought closer ties "
                               "with Washington and London since taking office, met British Foreign Secretary David "
                               "Lammy in November, when the two governments agreed to restore direct flights.", true),
            (Edges{"Argentina met United Kingdom", "Argentina pledged United States", "Argentina pledged United Kingdom",
                   "Argentina agreed United Kingdom"}));
}

TEST_F(DefaultActors, APartyLeadersTitleAndABodysDemonymBeforeNation) {
  EXPECT_EQ(testing::edges(ex, "Cuban President Miguel Diaz-Canel held official talks today at the Palace of the "
                               "Revolution with the General Secretary of the Communist Party of Vietnam, To Lam.", true),
            (Edges{"Cuba met Vietnam"}));
  // "the Southeast Asian nation" is a member, not ASEAN.
  EXPECT_EQ(testing::edges(ex, "The Southeast Asian nation has always stood by Cuba.", true), (Edges{}));
}

TEST_F(DefaultActors, TheyAfterSaidAndADayIsTheSpeaker) {
  EXPECT_EQ(testing::edges(ex, "The Houthis said on Wednesday they had sunk a Greek-owned ship.", true),
            (Edges{"Houthis attacked Greece"}));
}

TEST_F(DefaultActors, AMinistersPortfolioMayRunOnBeforeTheStateAndTheName) {
  EXPECT_EQ(testing::edges(ex, "Kenyan Foreign Minister Musalia Mudavadi today hosted the Minister of Foreign Affairs and "
                               "International Cooperation of the Federal Republic of Somalia, Ahmed Moalim Fiqi, at the "
                               "Ministry headquarters in Nairobi.", true),
            (Edges{"Kenya met Somalia", "Somalia visited Kenya"}));
}

TEST_F(DefaultActors, AListOpenedByWithGoesOnPastCommaWith) {
  EXPECT_EQ(testing::edges(ex, "Saint Lucia will continue to work with Cuba, with the United States and with all our "
                               "friends.", true),
            (Edges{"Saint Lucia pledged Cuba", "Saint Lucia pledged United States"}));
  EXPECT_EQ(testing::edges(ex, "Ramaphosa met Kagame, with Tshisekedi joining later.", true),
            (Edges{"South Africa met Rwanda"}));
}

TEST_F(DefaultActors, AnIngPhraseAfterASubordinateClauseIsThatClausesSubjects) {
  EXPECT_EQ(testing::edges(ex, "Cameroon and Chad pledged on Friday to step up joint operations against Boko Haram after "
                               "militants overran an army post, killing at least 17 Chadian soldiers.", true),
            (Edges{"Cameroon agreed Chad", "Cameroon fought Boko Haram", "Chad fought Boko Haram"}));
  EXPECT_EQ(testing::edges(ex, "Russia struck Kyiv overnight, killing 12 Ukrainians.", true), (Edges{"Russia attacked Ukraine"}));
}

TEST_F(DefaultActors, ARivalOrAllyAfterItsIsAMemberOfTheList) {
  EXPECT_EQ(testing::edges(ex, "Israel struck Hamas and its ally Islamic Jihad in Gaza.", true),
            (Edges{"Israel attacked Hamas", "Israel attacked Palestinian Islamic Jihad"}));
  EXPECT_EQ(testing::edges(ex, "Egypt and its partners urged Israel to stop.", true), (Edges{"Egypt urged Israel"}));
}

TEST_F(DefaultActors, TheTwoLeadersAreTwoPeopleNotStatesNamedInPassing) {
  EXPECT_EQ(testing::edges(ex, "Chadian President Mahamat Idriss Deby flew to Yaounde for talks with Cameroonian President "
                               "Paul Biya. Deby said Chad was prepared to send troops if Cameroon and Nigeria did the same. "
                               "The two leaders agreed to reopen a joint command centre.", true),
            (Edges{"Chad met Cameroon", "Chad visited Cameroon", "Cameroon agreed Chad"}));
}

TEST_F(DefaultActors, AnOfficeInAppositionBelongsToThePersonBeforeIt) {
  EXPECT_EQ(testing::edges(ex, "At the invitation of Her Excellency Dr Netumbo Nandi-Ndaitwah, President of the Republic "
                               "of Namibia, His Excellency Advocate Duma Gideon Boko, President of the Republic of "
                               "Botswana, paid a State Visit to Namibia. President Boko commended Namibia for its "
                               "elections.", true),
            (Edges{"Botswana visited Namibia", "Botswana praised Namibia"}));
}

TEST_F(DefaultActors, OneSidesAgreementToHelpIsAPledge) {
  EXPECT_EQ(testing::edges(ex, "The Indian side also agreed to facilitate the export of electricity from Bhutan's new "
                               "hydropower projects.", true),
            (Edges{"India pledged Bhutan"}));
  EXPECT_EQ(testing::edges(ex, "India and Bhutan agreed to facilitate the export of Bhutan's power.", true),
            (Edges{"India agreed Bhutan"}));
}

TEST_F(DefaultActors, ItsOfficerAfterABodyIsTheBodys) {
  EXPECT_EQ(testing::edges(ex, "The Mano River Union said its secretary-general would travel to Conakry and Freetown "
                               "this week.", true),
            (Edges{"Mano River Union visited Guinea", "Mano River Union visited Sierra Leone"}));
}

TEST_F(DefaultActors, MeasuresDescribedInFullAreNoActToldBefore) {
  EXPECT_EQ(testing::edges(ex, "Botswana and Namibia held talks. The two Heads of State condemned the unilateral coercive "
                               "measures imposed on Zimbabwe.", true),
            (Edges{"Botswana met Namibia", "Botswana supported Zimbabwe", "Namibia supported Zimbabwe"}));
}

TEST_F(DefaultActors, AStanceOnAnActAndTheActAreBothSaid) {
  EXPECT_EQ(testing::edges(ex, "To Lam reiterated Vietnam's rejection of the blockade imposed by the United States on "
                               "Cuba.", true),
            (Edges{"Vietnam supported Cuba", "Vietnam opposed United States", "United States opposed Cuba"}));
}

TEST_F(DefaultActors, ASecondOfficesPortfolioAPostNominalAndATwoWordSurname) {
  EXPECT_EQ(testing::edges(ex, "The Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris TD, today welcomed "
                               "the Minister of Foreign Affairs and Expatriates of the State of Palestine, Dr Varsen "
                               "Aghabekian Shahin, to Iveagh House for her first official visit to Ireland. Minister "
                               "Aghabekian Shahin thanked Ireland for its principled position.", true),
            (Edges{"Ireland met Palestine", "Palestine visited Ireland", "Palestine praised Ireland"}));
}

TEST_F(DefaultActors, ABareMinisterIsTheLastMinisterNotYetNamedInTheSentence) {
  EXPECT_EQ(testing::edges(ex, "Irish Foreign Minister Simon Harris received the Minister of Foreign Affairs of the "
                               "State of Palestine, Varsen Aghabekian Shahin. The Tánaiste and the Minister discussed "
                               "the situation in Gaza.", true),
            (Edges{"Ireland met Palestine", "Ireland met Palestine"}));
}

TEST_F(DefaultActors, ABodysOfficerNamedAfterACommaSpeaksForTheBody) {
  EXPECT_EQ(testing::edges(ex, "The East African Community's secretary general, Veronica Nduva, had urged Burundi last "
                               "week to resolve its differences with Rwanda through dialogue.", true),
            (Edges{"East African Community urged Burundi"}));
}

TEST_F(DefaultActors, OurCountryInADatelinedReleaseIsThePublishers) {
  EXPECT_EQ(testing::edges(ex, "Ashgabat, 16 October 2025 (TDH)\n\nToday, President of Turkmenistan Serdar "
                               "Berdimuhamedov held talks with President of the Republic of Azerbaijan Ilham Aliyev, who "
                               "arrived in our country on a state visit.", true),
            (Edges{"Turkmenistan met Azerbaijan", "Azerbaijan visited Turkmenistan"}));
}

TEST_F(DefaultActors, AReleasesHeadlineOpenedByItsMinistersBareTitleIsTheDatelinesState) {
  EXPECT_EQ(testing::edges(ex, "Minister of State and Foreign Affairs receives Brazilian counterpart\n\nLisbon, 4 "
                               "February 2025\n\nThe two Ministers reviewed the state of the bilateral relationship.",
                           true),
            (Edges{"Portugal met Brazil", "Portugal met Brazil"}));
}

TEST_F(DefaultActors, AGroupsOwnKindOfFightersBelongsToItsName) {
  EXPECT_EQ(testing::edges(ex, "Angola and Namibia called on the M23 rebels to withdraw.", true),
            (Edges{"Angola urged M23", "Namibia urged M23"}));
}

TEST_F(DefaultActors, ADemonymBeforeStruggleOrCauseIsTheState) {
  EXPECT_EQ(testing::edges(ex, "The Angolan people supported the Namibian liberation struggle.", true),
            (Edges{"Angola supported Namibia"}));
}

TEST_F(DefaultActors, TwoWhoMeetAThirdTogetherMeetEachOther) {
  EXPECT_EQ(testing::edges(ex, "Spanish Foreign Minister Jose Manuel Albares and British Foreign Secretary David Lammy "
                               "announced the deal after talks in Brussels with European Commissioner Maros Sefcovic.",
                           true),
            (Edges{"Spain met European Union", "United Kingdom met European Union", "Spain met United Kingdom"}));
}

TEST_F(DefaultActors, APortfolioListedWithCommasRunsOnToItsState) {
  EXPECT_EQ(testing::edges(ex, "Dutch Foreign Minister David van Weel today received the Minister of Foreign Affairs, "
                               "International Business and International Cooperation of the Republic of Suriname, Melvin "
                               "Bouva, at the Ministry. Minister Bouva thanked the Netherlands for the apology.", true),
            (Edges{"Netherlands met Suriname", "Suriname praised Netherlands"}));
}

TEST_F(DefaultActors, ABodysMilitaryAndTheRegionalBlocInItsStatement) {
  EXPECT_EQ(testing::edges(ex, "Statement of the Chairperson of the African Union Commission on the situation in the "
                               "Republic of Guinea-Bissau\n\nAddis Ababa, 27 November 2025\n\nThe Chairperson of the "
                               "African Union Commission, H.E. Mahmoud Ali Youssouf, is following the events in "
                               "Guinea-Bissau. The Chairperson calls on the military to return to their barracks. The "
                               "Chairperson commends ECOWAS for its prompt reaction and expresses the full support of the "
                               "Commission for the mediation efforts of the regional bloc.", true),
            (Edges{"African Union urged Guinea-Bissau", "African Union praised ECOWAS", "African Union supported ECOWAS"}));
}

TEST_F(DefaultActors, AJointStatementsCapitalisedPartiesAndABodysListedMembers) {
  EXPECT_EQ(testing::edges(ex, "The President of Iran Masoud Pezeshkian paid an official visit to Tajikistan. The Parties "
                               "agreed to increase bilateral trade.", true),
            (Edges{"Iran visited Tajikistan", "Iran agreed Tajikistan"}));
  // The members a body's aside lists are no subjects of its verb (the body, too far back, is
  // not yet read as the subject either).
  EXPECT_EQ(testing::edges(ex, "The Melanesian Spearhead Group, which includes Vanuatu, Fiji, Papua New Guinea and the "
                               "Solomon Islands, backed Vanuatu's claim.", true),
            (Edges{}));
  // A name's part is no side: "the APEC Leaders' Meeting".
  EXPECT_EQ(testing::edges(ex, "Korea and China agreed to cooperate for the success of the APEC Leaders' Meeting.", true),
            (Edges{"South Korea agreed China"}));
}

}  // namespace
}  // namespace relmap
