package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Reference;
import org.guanxi.text.Captions;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static Analysis analyze(String... paragraphs) {
        return TestSupport.pipeline().analyze(TestSupport.paragraphs(LocalDate.of(2022, 11, 14), paragraphs));
    }

    private static List<String> ids(Reference r) {
        return r.entities().stream().map(Entity::id).toList();
    }

    @Test
    void aPhotoCaptionDoesNotBreakTheNarration() {
        List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "美国财政部长耶伦在巴厘岛告诉媒体，此次会晤很重要。"),
                new Block(BlockKind.CAPTION, "资料图片：会场外的示威者。"),
                new Block(BlockKind.PARAGRAPH, "她说，拜登已向中方明确表示了担忧。"));
        Analysis a = TestSupport.pipeline().analyze(TestSupport.article(LocalDate.of(2022, 11, 14), blocks));
        Reference she = a.references().stream().filter(r -> r.surface().equals("她")).findFirst().orElseThrow();
        assertEquals(List.of("person/janet-yellen"), ids(she));
        // the caption is passed over, not counted: the paragraph before it is one sentence back
        assertEquals(1, Captions.distance(a.document(), 0, 2));
        assertEquals(0, Captions.distance(a.document(), 2, 2));
    }

    @Test
    void sheAfterAWomanNamedOnlyAsKinIsNoOneNamed() {
        Analysis a = analyze("议员朱凯廸现场读出家属声明。", "被拘留人士李子贤的母亲在记者会上斥责港府，并表示她虽聘请律师，但最终被拒。",
                "行政长官林郑月娥却辩称，对待这两组人她是一视同仁。");
        List<Reference> she = a.references().stream().filter(r -> r.surface().equals("她")).toList();
        assertEquals(1, she.size(), she::toString);
        assertEquals(List.of("person/carrie-lam"), ids(she.get(0)));
    }

    @Test
    void aPronounAtTheHeadOfAClauseIsTheSubjectBefore() {
        Analysis a = analyze("美国财政部长耶伦在巴厘岛告诉媒体，此次会晤很重要。", "她说，拜登已向中方明确表示了担忧。");
        Reference she = a.references().get(0);
        assertEquals("她", she.surface());
        assertEquals(List.of("person/janet-yellen"), ids(she));
    }

    @Test
    void aPronounIsNotResolvedToAPartnerOrAModifier() {
        // 习近平 is only the partner (与习近平见面); the topic is 拜登 of the sentence before, and stays so
        Analysis a = analyze("拜登周六抵达柬埔寨首都金边。", "周日，针对媒体提问他与习近平见面时是否会更强有力，他告诉记者：“我知道我的立场会更强。”",
                "他说：“我很了解习近平。”");
        List<Reference> he = a.references().stream().filter(r -> r.surface().equals("他")).toList();
        assertEquals(2, he.size(), he::toString);
        assertTrue(he.stream().allMatch(r -> ids(r).equals(List.of("person/joe-biden"))), he::toString);
        // 奥巴马时代 only dates the post of the speaker named after it
        Analysis b = analyze("奥巴马时代担任亚洲事务资深主任的麦艾文担忧，美中关系陷入泥淖。", "他说，中国经济不可能独自复苏。");
        assertTrue(b.references().stream().noneMatch(r -> ids(r).contains("person/barack-obama")), b.references()::toString);
        // 小布什总统的特别助理…的特利斯: a name with its title after it, then 的, only describes the subject
        Analysis d = analyze("卡内基国际和平基金会高级研究员特利斯出席了讨论会。", "担任过小布什总统的特别助理的特利斯认为，这与边境局势有关。",
                "他说：“中国对印度有一系列累积起来的抱怨。”");
        assertTrue(d.references().stream().filter(r -> r.surface().equals("他")).noneMatch(r -> ids(r).contains("person/george-w-bush")),
                d.references()::toString);
        // 她 inside the speaker's quotation is someone the speaker talks of, never the speaker (who then stays a man)
        Analysis q = analyze("特朗普评价大法官人选，“我认为她会非常出色。”", "拜登则表示，“这个人正在谈论疫苗”。",
                "特朗普表示，“让拜登来做就完蛋了”，美国将有数百万人丧生。他强调疫情是中共的错。");
        assertTrue(q.references().stream().filter(r -> r.surface().equals("她")).noneMatch(r -> ids(r).contains("person/donald-trump")),
                q.references()::toString);
        assertTrue(q.references().stream().filter(r -> r.surface().equals("他")).allMatch(r -> ids(r).equals(List.of("person/donald-trump"))),
                q.references()::toString);
        // 就栗战书…: the topic a clause is about (就, regarding) is not its subject
        Analysis c = analyze("就栗战书对芯片联盟表不满，金振杓否认该同盟会排斥中国，他表示，韩中之间有必要加强合作。");
        assertTrue(c.references().stream().filter(r -> r.surface().equals("他")).allMatch(r -> ids(r).equals(List.of("person/kim-jin-pyo"))),
                c.references()::toString);
    }

    @Test
    void aPronounFollowsTheSpeakerOutsideQuotesAndOfItsGender() {
        // a name in a topic phrase before the speaker is not who 他 continues
        Analysis a = analyze("谈到普京访华一事，王毅说，双方正在沟通。记者追问具体日期，他说，目前还没有。");
        assertEquals(List.of("person/wang-yi"), ids(he(a)));
        // a name the speaker quotes is not the subject of the narration
        Analysis b = analyze("布林肯在推特上说，北京面临选择。", "“如果中国继续站在普京一边，将面临制裁。”他说。");
        assertEquals(List.of("person/antony-blinken"), ids(he(b)));
        // 她 after a woman the text marks as one; 他 is not her
        Analysis c = analyze("美国财政部长耶伦女士周一抵达北京。", "拜登在白宫说，这次访问很重要。", "她说，经济正在复苏。");
        assertEquals(List.of("person/janet-yellen"), ids(c.references().stream()
                .filter(r -> r.surface().equals("她")).findFirst().orElseThrow()));
        Analysis d = analyze("耶伦女士周一抵达北京。", "他说，经济正在复苏。");
        assertTrue(d.references().stream().noneMatch(r -> ids(r).contains("person/janet-yellen")), d.references()::toString);
    }

    @Test
    void aPronounReachesPastSentencesThatNameNobodyButNotPastSomeoneUnnamedSpeaking() {
        // three sentences of plain reporting between the expert and 他指出
        Analysis a = analyze("经济学家王明说，中国经济之所以没有出现危机，背后有几大原因。", "首先，中国的储蓄率远高于世界平均水平。",
                "其次，银行的现金储备非常充足。", "短期内不太可能出现金融危机。", "他指出，领导人近年来也展现了推动改革的决心。");
        assertEquals(List.of("person/王明"), ids(he(a)));
        // someone the text does not name as a person speaks in between: not 王明 (within the two sentences before, as ever)
        Analysis b = analyze("经济学家王明说，中国经济之所以没有出现危机，背后有几大原因。", "首先，中国的储蓄率远高于世界平均水平。",
                "其次，银行的现金储备非常充足。", "一位当地居民对记者说，物价已经上涨了很多。", "他还说，生活越来越不容易。");
        assertTrue(b.references().stream().noneMatch(r -> r.surface().equals("他")), b.references()::toString);
    }

    private static Reference he(Analysis a) {
        return a.references().stream().filter(r -> r.surface().equals("他")).reduce((x, y) -> y).orElseThrow(() -> new AssertionError(a.references()));
    }

    @Test
    void theyIsAPairOnlyWhenExactlyTwoPeopleAreNamed() {
        Analysis a = analyze("拜登说：“我很了解习近平。”", "并称他们一直都有进行直言不讳的讨论。");
        Reference they = a.references().stream().filter(r -> r.surface().equals("他们")).findFirst().orElseThrow();
        assertEquals(List.of("person/joe-biden", "person/xi-jinping"), ids(they));
        // three people named: no guess; deep in a sentence naming no one: the nearer plural noun
        Analysis b = analyze("拜登、习近平和布林肯出席晚宴。", "他们随后离开。");
        assertTrue(b.references().stream().noneMatch(r -> r.surface().equals("他们")), b.references()::toString);
        Analysis c = analyze("习近平在人民大会堂迎接朔尔茨。", "德国官员称，中方对德国访客也提出严格要求，他们必须在抵达北京时接受检测。");
        assertTrue(c.references().stream().noneMatch(r -> r.surface().equals("他们")), c.references()::toString);
        Analysis d = analyze("金宰春说，特朗普想见金正恩。", "“金氏家族非常清楚，特朗普比他们更想举行峰会。”");
        assertTrue(d.references().stream().noneMatch(r -> r.surface().equals("他们")), d.references()::toString);
    }

    @Test
    void aTitleAloneIsTheOnePersonNamedWithIt() {
        Analysis a = analyze("日本首相菅义伟周三上任。", "新首相与特朗普通话。");
        Reference pm = a.references().stream().filter(r -> r.surface().equals("首相")).findFirst().orElseThrow();
        assertEquals(List.of("person/yoshihide-suga"), ids(pm));
        // two presidents named: 总统 stands for no one; 总统府 is a building
        Analysis b = analyze("美国总统拜登和法国总统马克龙出席峰会。", "总统表示，会议很成功。总统府发表声明。");
        assertTrue(b.references().stream().noneMatch(r -> r.surface().equals("总统")), b.references()::toString);
        // a title right after a name and its other form in brackets is that person's own
        Analysis c = analyze("美国总统克林顿曾访问中国。", "阿扎尔将代表川普（特朗普）总统会见蔡英文。");
        assertTrue(c.references().stream().noneMatch(r -> ids(r).contains("person/bill-clinton")), c.references()::toString);
    }

    @Test
    void aPairWordIsTheLastTwoPeopleNamed() {
        Analysis a = analyze("白宫正为拜登与习近平的会晤制定计划。预计在11月，两位领导人可能在旧金山会面。");
        Reference pair = a.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertEquals(List.of("person/joe-biden", "person/xi-jinping"), ids(pair));
    }

    @Test
    void aNameThatOnlyNamesABodyIsNotOneOfAPair() {
        // "拜登政府" names the administration, not a side of the call
        Analysis a = analyze("戴琪上周与刘鹤通了电话。在被问到拜登政府将做什么时，戴琪说，需要在对话中提出。双方通话后的声明显示，分歧很大。");
        assertEquals(List.of(), a.references().stream().filter(Reference::isGroup)
                .filter(r -> ids(r).contains("person/joe-biden")).toList());
    }

    @Test
    void aPairWordAfterSomeoneFirstNamedAsItsSpeakerLeavesHimOut() {
        Analysis a = analyze("拜登周三在旧金山与习近平举行会晤。国家安全顾问沙利文（Jake Sullivan）说，两人讨论了台湾问题。");
        Reference pair = a.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertEquals(List.of("person/joe-biden", "person/xi-jinping"), ids(pair));
        Analysis c = analyze("王毅与印度外长苏杰生在莫斯科会谈。外交部发言人赵立坚周一介绍了会谈情况。赵立坚称，双方同意尽快脱离接触。");
        Reference sides = c.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertEquals(List.of("person/wang-yi", "person/s-jaishankar"), ids(sides));
        Analysis b = analyze("布林肯与王毅在北京会谈。王毅表示，双方同意保持沟通。");
        Reference both = b.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertEquals(List.of("person/antony-blinken", "person/wang-yi"), ids(both));
    }

    @Test
    void aPairWordLooksPastCaptionsAndLeavesSidesNamedAsCountriesOrDelegates() {
        // the photographer credited in a caption is no side of the meeting told before it
        List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "去年8月，省长刘明在长春与美国大使布兰斯塔德会面。"),
                new Block(BlockKind.CAPTION, "美国驻华大使布兰斯塔德（李俊明/Getty Images）"),
                new Block(BlockKind.PARAGRAPH, "对于两人会面的原因，官方文件作了说明。"));
        Analysis a = TestSupport.pipeline().analyze(TestSupport.article(LocalDate.of(2022, 11, 14), blocks));
        Reference pair = a.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertTrue(ids(pair).contains("person/terry-branstad") && ids(pair).stream().noneMatch(id -> id.contains("李俊明")), pair::toString);
        // 双方 right after two countries joined by 和 stands for the countries
        Analysis b = analyze("戴琪上周与刘鹤通了电话。美国和中国在贸易问题上分歧巨大，双方的声明显示，要达成共识还很远。");
        assertEquals(List.of(), b.references().stream().filter(Reference::isGroup).toList());
        // two countries as the object of a verb are no sides
        Analysis e = analyze("耶伦与刘鹤周五举行视频通话。", "声明称，耶伦与刘鹤讨论了美国和中国的宏观经济形势，双方都认识到合作的重要性。");
        assertEquals(List.of("person/janet-yellen", "person/liu-he"), ids(e.references().stream().filter(Reference::isGroup).findFirst().orElseThrow()));
        // the sides' unnamed delegates are not the two people named
        Analysis c = analyze("蔡英文周一会见了来访的美国卫生部长阿扎尔。双方代表随后签署了合作备忘录。");
        assertEquals(List.of(), c.references().stream().filter(Reference::isGroup).toList());
        // 双方 alone is still the two
        Analysis d = analyze("蔡英文周一会见了来访的美国卫生部长阿扎尔。双方随后签署了合作备忘录。");
        assertEquals(List.of("person/tsai-ing-wen", "person/alex-azar"), ids(d.references().stream().filter(Reference::isGroup).findFirst().orElseThrow()));
    }

    @Test
    void aPairWordIsTheTwoItsOwnSentenceNamesAsMeeting() {
        // the adviser named before and speaking here is not a side: the meeting told in the sentence names them
        Analysis a = analyze("国家安全顾问博尔顿周一发表演讲。", "谈到特朗普与金正恩举行第二次峰会的问题，博尔顿说，双方今年再次会晤是完全可能的。");
        Reference pair = a.references().stream().filter(r -> r.surface().equals("双方")).findFirst().orElseThrow();
        assertEquals(List.of("person/donald-trump", "person/kim-jong-un"), ids(pair));
        // three at the table: not read as the sides of a meeting of two
        Analysis b = analyze("国家安全顾问沙利文周一抵达北京。", "谈到布林肯和沙利文与王毅举行会谈的情况，沙利文说，双方同意保持沟通。");
        Reference sides = b.references().stream().filter(r -> r.surface().equals("双方")).findFirst().orElseThrow();
        assertEquals(List.of(), PairScope.sidesOfMeetingBefore(b.document(), b.mentions(), b.document().sentences().get(1), sides.span().start()));
    }

    @Test
    void aSpeakerTellingOfHisOwnMeetingIsOneOfThePair() {
        Analysis a = analyze("布林肯周一抵达雅加达。", "在与王毅会谈后，沙利文表示双方同意保持沟通。");
        Reference pair = a.references().stream().filter(Reference::isGroup).findFirst().orElseThrow();
        assertEquals(List.of("person/wang-yi", "person/jake-sullivan"), ids(pair));
    }

    @Test
    void aNameInAnOpeningTimeClauseIsNotWhoAPronounFollows() {
        Analysis a = analyze("自特朗普发动贸易战以来，刘鹤一直担任中方谈判代表。", "他在今年年中也与耶伦举行了会谈。");
        assertEquals(List.of("person/liu-he"), ids(he(a)));
        Analysis b = analyze("在总统特朗普检测呈阳性后，国务卿蓬佩奥筛检结果是阴性。", "他依然会按照原计划访问亚洲。");
        assertEquals(List.of("person/mike-pompeo"), ids(he(b)));
        // with no one else named, the main clause goes on from the one in the clause of time
        Analysis c = analyze("在国防部长拉杰纳特·辛格抵达列城后，观看了坦克演练。", "他在视察中向官兵表示，谈判正在进行。");
        assertEquals(List.of("person/rajnath-singh"), ids(he(c)));
    }

    @Test
    void anAbbreviationStandsForBothLeadersWhenTheArticleNamesThem() {
        Analysis a = analyze("拜登会见习近平。拜习上一次会晤是在去年。");
        Reference abbr = a.references().stream().filter(r -> r.surface().equals("拜习")).findFirst().orElseThrow();
        assertEquals(List.of("person/joe-biden", "person/xi-jinping"), ids(abbr));
        assertTrue(analyze("拜习会仍未宣布。").references().stream().noneMatch(r -> r.surface().equals("拜习")),
                "without the leaders named, an abbreviation stays unresolved");
    }

    @Test
    void aShortTransliteratedNameJoinsTheFullName() {
        Analysis a = analyze("瑞典驻华大使卡琳·约翰松出席了活动。约翰松表示欢迎。");
        List<String> ids = a.mentions().stream().filter(m -> m.surface().contains("约翰松")).map(m -> m.entity().id()).distinct().toList();
        assertEquals(1, ids.size(), ids::toString);
    }
}
