// The extract stage: acts named by a noun take their doers from earlier edges.
#include <algorithm>

#include "extract/extractor.h"
#include "test_util.h"

namespace relmap {
namespace {

using testing::Edges;

bool has(const Edges& edges, const std::string& edge) {
  return std::find(edges.begin(), edges.end(), edge) != edges.end();
}

class Acts : public ::testing::Test {
 protected:
  void SetUp() override { testing::build_defaults(&ex); }
  Extractor ex;
};

TEST_F(Acts, AForceNounNamesTheLastAttacker) {
  const Edges edges = testing::edges(ex, "The United States and Britain launched air strikes against the Houthis. "
                                         "Iran condemned the strikes, while Australia supported the operation.", true);
  EXPECT_TRUE(has(edges, "Iran opposed United States"));
  EXPECT_TRUE(has(edges, "Iran opposed United Kingdom"));
  EXPECT_TRUE(has(edges, "Australia supported United States"));
}

TEST_F(Acts, InTheSameSentenceTheActMustComeFirst) {
  EXPECT_TRUE(has(testing::edges(ex, "Israel struck military sites near Damascus, and Syria condemned the raids.", true),
                  "Syria opposed Israel"));
}

TEST_F(Acts, AGeneralNounSkipsReactionsAndATellingNounItsOwnRelation) {
  const Edges edges = testing::edges(ex, "France and Germany imposed sanctions on Iran. Iran condemned the move. "
                                         "Russia rejected the decision.", true);
  EXPECT_TRUE(has(edges, "Iran opposed France"));
  EXPECT_TRUE(has(edges, "Russia opposed Germany"));
  EXPECT_FALSE(has(edges, "Russia opposed Iran"));  // Iran's condemnation is a reaction, not the decision
  // "the expulsion" is an opposition, not the urging just before it.
  const Edges expulsion = testing::edges(ex, "Mali expelled the French ambassador. The African Union urged Mali to "
                                             "hold elections, while the United States condemned the expulsion.", true);
  EXPECT_TRUE(has(expulsion, "United States opposed Mali"));
  EXPECT_FALSE(has(expulsion, "United States opposed African Union"));
}

TEST_F(Acts, AMutualActIsBothParties) {
  const Edges edges = testing::edges(ex, "Vietnam and the Philippines signed a pact. India condemned the move.", true);
  EXPECT_TRUE(has(edges, "India opposed Vietnam"));
  EXPECT_TRUE(has(edges, "India opposed Philippines"));
}

// Found on unseen articles (heldout63): the attack of the one the sentence names, before a later one.
TEST_F(Acts, AnAttackIsTheOneOfWhomTheSentenceNames) {
  const Edges edges = testing::edges(ex, "The RSF shelled a market in El Fasher. The Sudanese army said its aircraft "
                                         "struck RSF positions in response. The African Union condemned the attack "
                                         "and demanded that the RSF lift its siege.", true);
  EXPECT_TRUE(has(edges, "Sudan attacked Rapid Support Forces"));
  EXPECT_TRUE(has(edges, "African Union opposed Rapid Support Forces"));
  EXPECT_FALSE(has(edges, "African Union opposed Sudan"));
}

TEST_F(Acts, TheAccountRejectedIsTheAccusers) {
  const Edges edges = testing::edges(ex, "Guyana accused Venezuelan soldiers of firing on its troops. Venezuela's "
                                         "defence minister rejected the account.", true);
  EXPECT_TRUE(has(edges, "Venezuela opposed Guyana"));
}

TEST_F(Acts, AnActOnAThingIsTheOneThatHitIt) {
  const Edges edges = testing::edges(ex, "The RSF shelled a displacement camp near El Fasher. Sudanese army drones "
                                         "struck RSF positions. The UN condemned the attack on the camp.", true);
  EXPECT_TRUE(has(edges, "United Nations opposed Rapid Support Forces"));
  EXPECT_FALSE(has(edges, "United Nations opposed Sudan"));
}

TEST_F(Acts, StrikesNoEdgeRecordsAreTheirStrikers) {
  // The vessel is no actor, so no edge says who struck; the verb's subject does.
  const Edges edges = testing::edges(ex, "The U.S. military struck a vessel in the Caribbean. Venezuela protested. "
                                         "Russia and China condemned the strikes.", true);
  EXPECT_TRUE(has(edges, "Russia opposed United States"));
  EXPECT_TRUE(has(edges, "China opposed United States"));
  // Six sentences back is too far.
  EXPECT_EQ(testing::edges(ex, "The U.S. military struck a vessel. Talks stalled. Markets fell. Oil rose. Ships waited. "
                               "Ports closed. Russia condemned the strikes.", true),
            Edges{});
}

TEST_F(Acts, AnActNamedInFullOrWithNoDoerBeforeGivesNothing) {
  EXPECT_EQ(testing::edges(ex, "Egypt condemned the strikes.", true), Edges{});
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan to act. India supported the decision to hold elections.", true),
            Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "Russia attacked Ukraine. The UN condemned the attack on the camp.", true),
            Edges{"Russia attacked Ukraine"});
}

}  // namespace
}  // namespace relmap
