package org.guanxi.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.junit.jupiter.api.Test;

class RecognizerTest {
    private static Analysis analyze(String text) {
        Article a = new Article("t.txt", "/t.txt", "0", "", LocalDate.of(2023, 10, 28), null, null, List.of(),
                List.of(new Block(BlockKind.PARAGRAPH, text)), "UTF-8");
        return TestSupport.pipeline().analyze(a);
    }

    private static List<String> people(String text) {
        return analyze(text).mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(m -> m.entity().id()).toList();
    }

    @Test
    void everyAliasNamesOneEntity() {
        assertEquals(List.of("person/jake-sullivan", "person/jake-sullivan"), people("美国国家安全顾问沙利文与苏利文是同一人。"));
        assertEquals(List.of("person/donald-trump", "person/donald-trump"), people("川普（特朗普）总统表示。"));
        assertEquals(List.of("person/mike-pompeo", "person/mike-pompeo"), people("蓬佩奥，即彭佩奥，出席会议。"));
    }

    @Test
    void aMilitaryRankAfterANameEndsIt() {
        // 阿披拉上将（Aphirat Kongsompong）, 弗格海军上将: the rank (and the service before it) is no part of the name
        assertEquals(List.of("阿披拉"), surfaces("泰国陆军总司令阿披拉上将（Aphirat Kongsompong）表示。"));
        assertEquals(List.of("弗格"), surfaces("美国海军欧洲-非洲战区司令弗格海军上将（James G. Foggo）表示。"));
        assertEquals(List.of("维科夫"), surfaces("里根号指挥官维科夫少将（George M. Wikoff）表示。"));
    }

    @Test
    void aNameEndingIn普BeforeACallIsNoMandarin() {
        assertEquals(List.of("person/moon-jae-in", "person/donald-trump"), people("文在寅在派遣特使团访朝的前一天与川普通话。"));
        assertEquals(List.of(), people("如果两人都不用普通话，我会以为是外宾来了。"));
    }

    @Test
    void traditionalCharactersNameTheSamePeople() {
        assertEquals(people("习近平与拜登视频通话时就曾警告。"), people("習近平與拜登視頻通話時就曾警告。"));
    }

    @Test
    void titlesBeforeANameAreKeptWithTheirCountry() {
        Mention m = analyze("美国国务卿布林肯抵达北京。").mentions().stream()
                .filter(x -> x.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("person/antony-blinken", m.entity().id());
        assertEquals("国务卿", m.title());
        assertEquals(0, m.titleSpan().start());
        Mention sun = analyze("中国外交部副部长孙卫东在9月底访美。").mentions().stream()
                .filter(x -> x.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertTrue(sun.title().endsWith("外交部副部长"), sun::title);
    }

    @Test
    void aTitleMayJoinTwoFieldsWith和Or与() {
        // the title is the whole run, so 和/与 inside it joins no one to the name
        Mention m = person("美国参议院能源和自然资源委员会主席曼钦说，这项法案很重要。");
        assertEquals(0, m.titleSpan().start(), m::toString);
        Mention r = person("白宫国家安全委员会中国与台湾事务高级主任罗森伯格出席了会议。");
        assertEquals(0, r.titleSpan().start(), r::toString);
        // two descriptions of one person, or a group and a person, are not one title
        assertTrue(person("他会见了经济学家和前财长萨默斯。").title().equals("前财长"));
        assertTrue(person("外交部长王毅和国防部长魏凤和出席。", 1).title().equals("国防部长"));
        assertEquals("众议院议长", person("蔡英文过境美国，回程与众议院议长麦卡锡会面。", 1).title());
        assertEquals("前州长", person("有色人种协进会纽约分会和前州长帕特森出席。").title());
        // a place before 与 and a country's title after it: a trip there to meet someone
        Mention merkel = person("马克龙周一将赴柏林与德国总理默克尔会晤。", 1);
        assertEquals("总理", merkel.title(), merkel::toString);
    }

    private Mention person(String text) {
        return person(text, 0);
    }

    private Mention person(String text, int nth) {
        return analyze(text).mentions().stream().filter(x -> x.type() == EntityType.PERSON).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void aNameWithTwoSurnamesIsReadWhole() {
        // a married woman's name in Hong Kong: her husband's surname, her own, her given name
        List<Mention> ms = analyze("当时的教育署署长罗范椒芬写了一封信。").mentions();
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("罗范椒芬") && m.type() == EntityType.PERSON), ms::toString);
        List<Mention> ls = analyze("以林家媳妇、董事长林郭文艳为首的公司派拒绝让步。").mentions();
        assertTrue(ls.stream().anyMatch(m -> m.surface().equals("林郭文艳") && m.type() == EntityType.PERSON), ls::toString);
        // a name of three characters runs on over no verb
        List<Mention> ws = analyze("当地官员江文华说，工程将如期完工。").mentions();
        assertTrue(ws.stream().anyMatch(m -> m.surface().equals("江文华") && m.type() == EntityType.PERSON), ws::toString);
    }

    @Test
    void unknownPeopleWithGoodEvidenceAreKept() {
        // not in the gazetteer: a title before the name, a transliterated name with an interpunct
        List<Mention> ms = analyze("当地官员张文华表示欢迎。瑞典驻华大使卡琳·约翰松出席了活动。").mentions();
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("张文华") && m.type() == EntityType.PERSON), ms::toString);
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("卡琳·约翰松") && m.type() == EntityType.PERSON), ms::toString);
    }

    @Test
    void aTransliterationAfterATitleOutweighsAPlaceInsideIt() {
        // 德里 is a place; 罗德里格斯 after 副总统 is one name, even before an adverb (刚刚)
        List<Mention> ms = analyze("此前副总统罗德里格斯刚刚在10号抵达中国访问。").mentions();
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("德里")), ms::toString);
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.surface().equals("罗德里格斯")), ms::toString);
        // but not a word after a title (领导人峰会延后), nor the first part of a name with a dot
        List<Mention> other = analyze("欧盟27国领导人峰会延后一周举行。澳大利亚外交大臣马里斯·佩恩从东京返回。").mentions();
        assertTrue(other.stream().noneMatch(m -> m.surface().startsWith("峰会") || m.surface().equals("马里斯")), other::toString);
    }

    @Test
    void aSharedSurnameAfterATitleIsThePersonTheTitleFits() {
        // 约翰逊 is a dictionary word for HanLP and several curated people's surname
        List<Mention> ms = analyze("英国首相约翰逊周二晚间与默克尔通话。").mentions();
        assertTrue(ms.stream().anyMatch(m -> m.entity().id().equals("person/boris-johnson")), ms::toString);
    }

    @Test
    void aNameAfterATitleMayBeFollowedByADate() {
        List<Mention> ms = analyze("外交部发言人欧江安9日说，行程由美方安排。").mentions();
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.surface().equals("欧江安")), ms::toString);
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("江安")), ms::toString);
    }

    @Test
    void fragmentsAndCountryListsAreNotPeople() {
        List<Mention> ms = analyze("美国参议员搭乘军机来台访问。尹锡悦表示，韩美日首脑会议再次召开。图为左至右：拜登、岸田文雄。").mentions();
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON
                && (m.surface().equals("来台") || m.surface().equals("韩美日") || m.surface().equals("左至右"))), ms::toString);
        // numbers are no given names (印两军); a curated name with a comparative glued on is still the name
        List<Mention> more = analyze("中方称，中印两军于6月30日举行会谈。金氏家族非常清楚，特朗普比他们更想举行峰会。").mentions();
        assertTrue(more.stream().noneMatch(m -> m.surface().equals("印两军") || m.surface().equals("特朗普比")), more::toString);
        assertTrue(more.stream().anyMatch(m -> m.entity().id().equals("person/donald-trump")), more::toString);
    }

    @Test
    void hanlpsFalseNamesAreNotPeople() {
        List<Mention> ms = analyze("纪录片《红墙的记忆》（中南海万人和平上访纪实）。美中关系的缓解仍处于试探阶段。").mentions();
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms::toString);
    }

    @Test
    void aShortNameInsideALongerWordIsNotAName() {
        // 李强 (the premier) is not in 李强调
        assertTrue(people("杨洁篪和李强调要加强合作。").stream().noneMatch(id -> id.equals("person/li-qiang")));
    }

    @Test
    void placesAndOrganisations() {
        List<Mention> ms = analyze("白宫表示，拜登将在印尼巴厘岛会见习近平。").mentions();
        assertTrue(ms.stream().anyMatch(m -> m.entity().id().equals("place/bali")), ms::toString);
        assertTrue(ms.stream().anyMatch(m -> m.entity().id().equals("place/indonesia")), ms::toString);
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.surface().equals("白宫")), ms::toString);
    }

    @Test
    void namesHanlpCutsGetTheirEdgesBack() {
        // a title's last character (副相), one transliteration in pieces, a Latin initial between the parts
        List<String> names = analyze("朝鲜外务省第一副相崔善姬发表谈话。评论人士赫拉姆奇辛说，军演是作秀。"
                + "该集团首席执行官威廉·E·福特一直在提供建议。").mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList();
        assertTrue(names.containsAll(List.of("崔善姬", "赫拉姆奇辛", "威廉·E·福特")), names::toString);
    }

    @Test
    void placesAndPhrasesAreNoPeople() {
        List<Mention> ms = analyze("比赛期间弗拉基米尔州特别用宣传牌介绍军队。民众在苏克巴托广场集会。韩国一位官员表示欢迎。"
                + "两位领导人在川金会之后通话。").mentions();
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms::toString);
    }

    private static List<String> surfaces(String text, EntityType type) {
        return analyze(text).mentions().stream().filter(m -> m.type() == type).map(Mention::surface).toList();
    }

    @Test
    void latinNamesWhereAPersonStands() {
        List<String> names = surfaces("智库研究员Anna Berger表示，谈判很难有进展。公司总裁Mark Olsen从未这样表态。"
                + "前驻华大使李安（Peter Lee）说，双方应对话。Human Rights Watch指出，情况恶化。", EntityType.PERSON);
        assertTrue(names.containsAll(List.of("Anna Berger", "Mark Olsen")), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("Peter") || n.contains("Watch")), names::toString);
    }

    @Test
    void aChineseWrittenNameBeforeItsLatinFormInBrackets() {
        List<String> names = surfaces("东盟问题专家彼迪 (Piti Srisangnam) 透露，协定已重组。周刊主编石丸次郎(Jiro Ishimaru)说，经济困难。"
                + "腾讯（Tencent Holdings）宣布裁员。", EntityType.PERSON);
        assertEquals(List.of("彼迪", "石丸次郎"), names);
    }

    @Test
    void theBareLastNameOfACuratedPersonNamedInFullIsThatPerson() {
        // the gazetteer leaves 约翰逊 out (several people share it); the article has named one of them in full
        assertEquals(List.of("person/boris-johnson", "person/boris-johnson"),
                people("英国首相鲍里斯·约翰逊周三表示，中国违反了声明。约翰逊说：“这损害了香港的高度自治。”"));
        // two people of the article share it: it names neither
        assertEquals(List.of("person/boris-johnson", "person/mike-johnson"),
                people("英国首相鲍里斯·约翰逊与众议院议长迈克·约翰逊通话。约翰逊说：“我们谈得很好。”"));
    }

    @Test
    void aLastNameWrittenBareIsItsPersonsOverACuratedNameInsideIt() {
        // 特拉斯 (Liz Truss) inside 特拉斯克 after 理查德·特拉斯克: the article's person, not the curated one
        assertEquals(List.of("person/理查德·特拉斯克", "person/理查德·特拉斯克"),
                people("检察官理查德·特拉斯克说，他们有计划。特拉斯克说：“他们要绑架一名州长。”"));
        // a cut HanLP made of the bare name (弗兰纳 of 弗兰纳里说) gives way to the name the article gave in full
        assertEquals(List.of("person/罗斯玛丽·弗兰纳里", "person/罗斯玛丽·弗兰纳里"),
                people("作者，导游罗斯玛丽·弗兰纳里说：“让人震惊。”整个欧洲每年大约接待1千500万外国游客。弗兰纳里说：“美国游客很棒。”"));
        // a common verb after the bare name (罗金提醒说), though 提 is also a syllable of names
        assertEquals(List.of("person/乔什·罗金", "person/乔什·罗金"),
                people("《华盛顿邮报》的专栏作家乔什‧罗金（Josh Rogin）撰文警告说，关税应该保留。罗金提醒说，北京一直希望美国结束关税。"));
        // a title after the bare name (布鲁姆教授), though 教 is also a syllable of names
        assertEquals(List.of("person/巴里·布鲁姆", "person/巴里·布鲁姆"),
                people("霍普金斯大学教授巴里·布鲁姆说，疫情严重。布鲁姆教授表示，经济受到冲击。"));
    }

    @Test
    void aLastNameOfOneCharacterIsItsPersonOnlyWhereItOpensAClauseAndSpeaks() {
        assertEquals(List.of("person/christopher-wray", "person/christopher-wray", "person/christopher-wray"),
                people("联邦调查局局长克里斯托弗·雷周二发表演讲。雷表示，中国意识到这一点。雷还在演讲中称，案件很多。"
                        + "中国外交部并未马上对雷的言论发表回应。"));
    }

    @Test
    void theLatinNameOfACuratedPersonWrittenInChineseGlossesSomeoneElseAfterATransliteration() {
        // 李家超 is John Lee in English, but Chinese text never writes him 约翰·李: this John Lee is someone else
        assertEquals(List.of("person/约翰·李", "person/约翰·李"),
                people("哈德逊研究所高级研究员约翰·李（John Lee）表示，双方都在寻求脱钩。李表示，中共需要技术转让。"));
    }

    @Test
    void aDottedNameWithItsLatinNameInBracketsIsReadWhole() {
        // the bracket's read-back stops at the dot: the surname alone would stand for the whole name
        assertEquals(List.of("马特·米勒", "伊恩·约翰逊"), surfaces("美国国务院发言人马特‧米勒（Matt Miller）表示，邀请已发出。"
                + "研究员伊恩‧约翰逊（Ian Johnson）说，原因不明。", EntityType.PERSON));
    }

    @Test
    void aBracketedLatinNameAfterATitleHanlpSplitsAcrossWords() {
        List<String> names = surfaces("新闻集团前执行长托纳（Peter Tonagh）在声明中说，交易已完成。", EntityType.PERSON);
        assertEquals(List.of("托纳"), names);
    }

    @Test
    void aDottedNamesLastPartRunsOnWhereItsLatinFormVouchesForIt() {
        List<String> names = surfaces("智库研究员康斯坦丁·帕帕佐格普洛斯（Konstantin Papazogopoulos）表示，谈判将继续。", EntityType.PERSON);
        assertEquals(List.of("康斯坦丁·帕帕佐格普洛斯"), names);
    }

    @Test
    void aNameHanlpCutsTheFirstSyllableOffStartsWhereTheArticleStartsItElsewhere() {
        List<String> names = surfaces("现任众议员凯·卡赫勒（Kai Kahele）说，他会参选州长。最新民调显示，格林领先卡赫勒。由于卡赫勒转而竞选州长，选区竞争激烈。",
                EntityType.PERSON);
        assertTrue(names.stream().noneMatch(n -> n.equals("赫勒")), names::toString);
    }

    @Test
    void aLongTransliterationBeforeItsLatinFormAndADottedNameWithOne() {
        List<String> names = surfaces("乔州州务卿拉芬斯珀格（Brad Raffensperger）表示，计票无误。研究所主任玛丽娜·科瓦连科娃（Marina Kovalenkova）说，局势紧张。",
                EntityType.PERSON);
        assertEquals(List.of("拉芬斯珀格", "玛丽娜·科瓦连科娃"), names);
        assertEquals(List.of(), surfaces("总统周六到访华盛顿外的瓦尔特·里德（Walter Reed）军医院，看望伤兵。", EntityType.PERSON));
    }

    @Test
    void aDottedNameRightAfterAnotherStartsWhereTheFirstEnds() {
        List<String> names = surfaces("晚宴上，企业家约翰·科勒和夫人玛丽娜·科勒在倾听。", EntityType.PERSON);
        assertTrue(names.contains("玛丽娜·科勒"), names::toString);
    }

    @Test
    void tibetanJapaneseAndSplitNames() {
        List<String> names = surfaces("西藏流亡政府驻台代表达瓦才仁5日接受采访。协会负责人丹增南达认为，局势会变。"
                + "日本首相会见冈田直树官房副长官。陆军少将慈国巍率团访日。外交部政务次长田中光、署长周志浩到场接机。", EntityType.PERSON);
        assertTrue(names.containsAll(List.of("达瓦才仁", "丹增南达", "冈田直树", "慈国巍", "田中光")), names::toString);
    }

    @Test
    void aNameRunOnIntoAWordMoreThanOnceEndsWhereTheArticleMostlyEndsIt() {
        List<String> names = surfaces("评论员袁术自称是改革派。记者问袁术时，袁术说，改革要快。袁术认为，经济会好转。袁术自嘲说，他老了。"
                + "袁术还说，年轻人要努力。袁术表示，他会继续写作。袁术指出，楼市要降温。", EntityType.PERSON);
        assertTrue(names.contains("袁术") && !names.contains("袁术自"), names::toString);
    }

    @Test
    void aNameCutTwoPlusOneIsReadWholeWhereTheArticleEndsItElsewhere() {
        List<String> names = surfaces("严震生：美国在观察。政大国关中心研究员严震生解读，这次行程很重要。", EntityType.PERSON);
        assertTrue(names.contains("严震生") && !names.contains("严震"), names::toString);
        // the third character may start a word with the next (生分析, 安抵达) where the name stands alone elsewhere
        List<String> cut = surfaces("研究员严震生分析说，建交是早该做的事。严震生呼吁政府建交已经好几年了。", EntityType.PERSON);
        assertTrue(cut.contains("严震生") && !cut.contains("严震"), cut::toString);
        List<String> after = surfaces("前驻华大使林戴安抵达法庭受审。林戴安表示，她始终效忠瑞典。", EntityType.PERSON);
        assertTrue(after.contains("林戴安") && !after.contains("林戴"), after::toString);
    }

    @Test
    void aNameQuotedAsAThingsNameIsNoPersonAnywhere() {
        List<String> names = surfaces("博纳周四在“阿斯彭安全论坛”上接受采访。值得一问的是，博纳在阿斯彭的言论是否表明立场调整。"
                + "“尼米兹”号航母战斗群在南海演习。总统接受福克斯商业网采访时说，这很疯狂。", EntityType.PERSON);
        assertTrue(names.stream().noneMatch(n -> n.equals("阿斯彭") || n.equals("尼米兹") || n.equals("福克斯")), names::toString);
        // a title before it elsewhere names the man the thing is named after
        assertTrue(surfaces("1914年，英国外交官麦克马洪召集三方会议。印方按照“麦克马洪线”的走向巡逻。", EntityType.PERSON).contains("麦克马洪"));
    }

    @Test
    void theLastPartOfADottedNameHoldingAPlaceIsThePerson() {
        // 恩施 is a city; 芮恩施 after 威廉·芮恩施 is the person
        List<String> names = surfaces("研究主任威廉·芮恩施表示，总统是最后一锤定音的人。芮恩施表示，北京会做出对等的反应。", EntityType.PERSON);
        assertEquals(List.of("威廉·芮恩施", "芮恩施"), names);
        assertTrue(surfaces("芮恩施表示，北京会做出对等的反应。他来自恩施。", EntityType.PLACE).contains("恩施"));
    }

    @Test
    void thingsTownsAndCountsAreNoPeopleOrPlaces() {
        List<Mention> ms = analyze("韩国总统和美国总统川普通了电话。他在俄克拉荷马州塔尔萨举行集会。普京授予他圣安德烈勋章。"
                + "抠门四国反对这个计划。西方国家表示关切。").mentions();
        List<String> people = ms.stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList();
        assertEquals(List.of("川普", "普京"), people);
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("四国") || m.surface().equals("西方")), ms::toString);
    }

    @Test
    void aSharedSurnameWithTheTitleAfterItIsThePersonTheTitleFits() {
        List<String> ids = people("今年1月，约翰逊首相宣布允许这家公司参与建设。");
        assertEquals(1, ids.size(), ids::toString);
        assertTrue(ids.get(0).endsWith("boris-johnson"), ids::toString);
    }

    private static List<String> surfaces(String text) {
        return analyze(text).mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList();
    }

    @Test
    void aDottedNameLeavesOutTheWordsGluedToItsEdges() {
        assertEquals(List.of("丽莎·布鲁曼塔尔"), surfaces("当地居民丽莎·布鲁曼塔尔夫妇表示支持。"));
        assertEquals(List.of("奥利弗·施密特"), surfaces("这家车企的前高管奥利弗·施密特将被引渡。"));
        assertEquals(List.of("凯利·布朗"), surfaces("英国学者凯利·布朗教授指出，局势复杂。"));
        assertEquals(List.of("托马斯·莫尔"), surfaces("书的作者托马斯·莫尔虽有理想，却很残暴。"));
        assertEquals(List.of("巴拉"), surfaces("一家车企的执行长巴拉（Mary Barra）表示，销量回升。"));
    }

    @Test
    void aDottedNameKeepsTheFirstSyllablesHanlpCutOff() {
        // after a title (法官 + 哈罗/nz 德), after a clear edge (难民 + 扎/v, sentence start + 加/v), a given name read as a place (阿努 + 米塔/ns)
        assertEquals(List.of("哈罗德·梅尔顿"), personSurfaces("首席法官哈罗德·梅尔顿在法院表示，此案重大。"));
        assertEquals(List.of("扎伊纳伯·阿勒阿达巴"), personSurfaces("一名巴勒斯坦难民扎伊纳伯·阿勒阿达巴说，她很害怕。"));
        assertEquals(List.of("加德·萨阿德"), personSurfaces("加德·萨阿德说，他很担心。"));
        assertEquals(List.of("阿努米塔·杜塔"), personSurfaces("网络在分裂。阿努米塔·杜塔表示，局势严峻。"));
        // but not a verb or preposition taking the person (让, 向)
        assertTrue(personSurfaces("此举会让迈克·霍根感到意外。").stream().noneMatch(n -> n.startsWith("让")));
    }

    @Test
    void aRoleWordsLastCharacterIsNoPartOfTheNameAfterIt() {
        // 学家 + 罗伯托·..., 营运长 + 林思宏, 市民 + 赵华生: HanLP or the dotted pattern glued 家, 长, 民 to the name
        assertEquals(List.of("罗伯托·梅德罗尼奥"), personSurfaces("一位流行病学家罗伯托·梅德罗尼奥警告说，疫情还会反弹。"));
        assertEquals(List.of("林思宏"), personSurfaces("对此，该诊所营运长林思宏表示，程序合法。"));
        assertTrue(personSurfaces("一名西安市民赵华生也告诉记者，小区管得很严。").contains("赵华生"));
    }

    @Test
    void aHyphenatedNameIsOneName() {
        assertEquals(List.of("戴维·皮特-沃森"), personSurfaces("一家基金的投资主管戴维·皮特-沃森表示，市场稳定。"));
        assertEquals(List.of("让-吕克·马丁内兹"), personSurfaces("他要求让-吕克·马丁内兹出席听证。"));
        // the double last name written bare later is the same person, not two
        List<Mention> ms = analyze("县监事马克·雷德利-托马斯被起诉。雷德利-托马斯否认指控。").mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).toList();
        assertEquals(1, ms.stream().map(Mention::entity).distinct().count(), ms::toString);
    }

    @Test
    void theLastPartOfADottedNameWrittenBareIsThatPerson() {
        List<Mention> ms = analyze("地区财政部长斯文·加兹出席会议。加兹的检测结果为阳性。").mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).toList();
        assertEquals(List.of("斯文·加兹", "加兹"), ms.stream().map(Mention::surface).toList());
        assertEquals(ms.get(0).entity(), ms.get(1).entity());
    }

    @Test
    void aCuratedNameGluedToAVerbIsThePerson() {
        assertEquals(List.of("person/mike-pence"), people("彭斯驳斥了这一说法。"));
        assertEquals(List.of("person/vladimir-putin"), people("普京得到了议会的支持。"));
    }

    @Test
    void areaNamesPhrasesAndBrandsAreNoPeople() {
        assertEquals(List.of(), surfaces("湖南省衡东县发生一起事故。"));
        assertEquals(List.of(), surfaces("他从担任公安部长那一天开始就定下了方针。"));
        assertEquals(List.of(), surfaces("疫苗将来自辉瑞、莫德纳或阿斯利康。"));
    }

    @Test
    void aSurnameAndTitleNameTheArticlesPerson() {
        List<String> ids = people("台湾总统蔡英文今天出席活动。蔡总统表示，台湾将继续努力。");
        assertEquals(List.of("person/tsai-ing-wen", "person/tsai-ing-wen"), ids);
    }

    private static List<String> personSurfaces(String text) {
        return analyze(text).mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList();
    }

    @Test
    void theFirstAndLastSyllablesHanlpSplitOffStayInTheName() {
        // 佛/n 洛伊 德, 奈/vg 菲尔 德, 索尔 仁 尼 琴/n: one-character words at the edges of a transliteration
        assertEquals(List.of("佛洛伊德"), personSurfaces("美国非裔男子佛洛伊德死后，各地爆发抗议。"));
        assertEquals(List.of("奈菲尔德"), personSurfaces("经济学家奈菲尔德表示，物价还会上涨。"));
        assertEquals(List.of("索尔仁尼琴"), personSurfaces("作家索尔仁尼琴是在流亡中写下这部书的。"));
        // but not a verb that takes the name as its object (会让 + 阿斯特捷利康)
        assertTrue(personSurfaces("此举会让阿斯特捷利康的股价下跌。").stream().noneMatch(n -> n.startsWith("让") || n.startsWith("会")));
    }

    @Test
    void aTransliterationWherePlacesStandIsNoPerson() {
        assertEquals(List.of(), personSurfaces("球队将在奥兰多待到赛季结束。"));
        assertEquals(List.of(), personSurfaces("疫情在居特斯洛（Gütersloh）持续扩大。"));
        assertEquals(List.of(), personSurfaces("这座工厂位于卡尔斯鲁厄，员工两千人。"));
        // a name after 在 that goes on as a person's does stays a person
        assertEquals(List.of("霍格贝茨"), personSurfaces("在霍格贝茨看来，计划不可行。"));
        assertEquals(List.of(), personSurfaces("在霍格贝茨，计划不可行。"));
    }

    @Test
    void namesOfThingsAndVerbPhrasesAreNoPeople() {
        assertEquals(List.of(), personSurfaces("美军一艘阿利伯克级驱逐舰通过海峡。"));
        assertEquals(List.of(), personSurfaces("他在被查一年之后落马。"));
        assertEquals(List.of(), personSurfaces("很多官员都来找他。"));
        assertEquals(List.of(), personSurfaces("遇到这种事，大家的心都该冷一冷。"));
    }

    @Test
    void aCuratedSurnameGivesWayWhereTheTextShowsSomeoneElse() {
        // the Latin name in brackets is another person's or a town's; a first name none of the person's names has
        assertTrue(people("澳洲记者马修·卡尼（Matthew Carney）讲述了他的经历。").stream().noneMatch(id -> id.equals("person/mark-carney")));
        assertEquals(List.of(), people("活动将在加州阿拉米达（Alameda）举行。"));
        assertEquals(List.of(), people("他曾在德克萨斯州奥斯汀拜访这位富豪。"));
        // the same name with its own Latin name, or with a matching one, stays linked
        assertEquals(List.of("person/lloyd-austin", "person/lloyd-austin"), people("美国国防部长奥斯汀（Lloyd Austin）表示。"));
        assertEquals(List.of("person/dominic-raab", "person/dominic-raab"), people("英国外交大臣拉布（Dominic Raab）说。"));
    }

    @Test
    void aRunAfterATitleStopsBeforeAVerbAndStartsAtNoWord() {
        // 豪根 + 公布: the name ends before a verb of two characters; 博士 after a name is a title, not a syllable
        assertEquals(List.of("豪根"), personSurfaces("前员工、数据科学家豪根公布了大量内部文件。"));
        // a word that is never a name right after a title (家长, 根本) starts no name
        assertEquals(List.of(), personSurfaces("但现场警察根本不理他，还把他带走了。"));
        assertEquals(List.of(), personSurfaces("上百名美军教官驻台，协助部队训练。"));
    }

    @Test
    void anUnknownTransliterationGlossedWithACuratedPersonsLatinNameIsThatPerson() {
        // 强生 is the Taiwanese form of 约翰逊; the Latin name after it says whom it names, here and again later
        List<String> ids = people("英国首相强生（Boris Johnson）周一发表讲话。强生说，英国会坚持立场。");
        assertTrue(ids.stream().allMatch(id -> id.equals("person/boris-johnson")), ids::toString);
    }

    @Test
    void aChineseNameOpeningAClauseBeforeAVerbOfSayingIsAPerson() {
        // no title, no second mention: the clause's start and the verb of saying are the evidence
        assertEquals(List.of("李辉"), personSurfaces("对此，李辉说，这次改革来得太晚。"));
        assertEquals(List.of("童之伟"), personSurfaces("童之伟表示，宪法应当得到尊重。"));
        assertEquals(List.of("文贯中"), personSurfaces("经济学家们看法不一，文贯中认为，土地改革没有完成。"));
        // an address (李总), the media of a place (陆媒), a word in the middle of a clause are no name
        assertEquals(List.of(), personSurfaces("今天的记者会上，李总说，收入还很低。"));
        assertEquals(List.of(), personSurfaces("陆媒称，该公司已经破产。"));
    }

    @Test
    void aTwoCharacterNameAfterATitleNeedsACueOrASecondMention() {
        assertEquals(List.of("董宏", "董宏"), personSurfaces("中纪委通报，巡视专员董宏正在接受调查。董宏被认为与前领导关系密切。"));
        assertEquals(List.of("洪丕正"), personSurfaces("该行地区行政总裁洪丕正指出，措施将加强互联互通。"));
        // 陈男: the press's way of leaving a suspect unnamed, however often it is repeated
        assertEquals(List.of(), personSurfaces("检方起诉该公司台湾办公室负责人陈男。陈男涉嫌违反两岸条例。"));
    }

    @Test
    void aTwoCharacterNameInAListOfTitledPeopleNeedsNoMore() {
        assertEquals(List.of("刘鹤", "易纲"), personSurfaces("他会见了前副总理刘鹤、央行行长易纲，并共进午餐。"));
        assertEquals(List.of("沈荣津", "邓振中", "王美花"), personSurfaces("出席的包括副院长沈荣津、政务委员邓振中、经济部长王美花等人。"));
    }

    @Test
    void aNameAfterANounForAKindOfPersonIsKeptWhenHanlpFoundIt() {
        assertEquals(List.of("秦鹏"), personSurfaces("时政分析人士秦鹏认为，这则推文另有深意。"));
        // what follows such a noun is as often a verb or a phrase
        assertEquals(List.of(), personSurfaces("警方要求游行人士须佩戴编号牌。常有海外异见人士和藏人一同出席。"));
    }

    @Test
    void aNameEndsBeforeTheFirstCharacterOfTheNextWord() {
        assertEquals(List.of("范云", "吴明轩"), personSurfaces("包括民进党立委范云以及学运领袖吴明轩获邀出席。"));
        assertTrue(personSurfaces("日本吊唁团成员还包括牧岛众议员。").stream().noneMatch(n -> n.endsWith("众")));
    }

    @Test
    void aCuratedNameHanlpCutOrGluedToTheNextWordIsThePerson() {
        // 川 + 普率团: the curated name cut in two
        assertEquals(List.of("person/donald-trump"), people("卫生部长即将代表川普率团访问台湾。"));
        // 蓬佩/nr + 奥国务卿/nr, 维特/nrf + 齐率团/nr: a name HanLP read whole before the rest of the curated name
        assertEquals(List.of("person/mike-pompeo"), people("蓬佩奥国务卿此行正值五角大楼调整部署。"));
        assertEquals(List.of("person/milos-vystrcil"), people("参议院通过提案，支持维特齐率团访台。"));
        // 安倍晋/nr + 三原/ns: the curated name goes on into the next word
        assertEquals(List.of("person/shinzo-abe", "person/xi-jinping"), people("日本前首相安倍晋三原本邀请习近平今年4月访日。"));
        // 林郑 + 若: written alone elsewhere in the article, never with what follows here
        assertEquals(List.of("person/carrie-lam", "person/carrie-lam"), people("林郑若不撤回条例，局势难以平息。林郑表示不会撤回。"));
    }

    @Test
    void threeNamesListedWithEnumerationCommasBackEachOther() {
        assertEquals(List.of("吴建国", "任志伟", "张顺", "屈文斌"), personSurfaces("座谈会上，吴建国、任志伟、张顺、屈文斌先后发言。"));
        // two items may be any pair of words HanLP misread
        assertEquals(List.of(), personSurfaces("台港、韩朝关系都在变化。"));
    }

    @Test
    void wordsForMediaFirmsAndCountsAreNoNames() {
        assertEquals(List.of(), personSurfaces("据韩媒报道，房企今年面临偿债高峰，日媒也有类似报道。"));
        assertEquals(List.of(), personSurfaces("市级机关1800余名局处级干部中，转业干部占比达到三成。"));
        assertEquals(List.of(), personSurfaces("他的妻子周五向本台表示，二审只是流于形式。"));
    }

    @Test
    void aJapaneseNameAfterATitleStartsWithAJapaneseSurname() {
        assertEquals(List.of("佐藤正久"), personSurfaces("自民党参议员佐藤正久表示支持这项法案。"));
        assertEquals(List.of("谷崎泰明"), personSurfaces("交流协会理事长谷崎泰明及随行人员出席。"));
    }

    @Test
    void aGivenNameBeforeTheDotMakesAPlaceASurname() {
        assertEquals(List.of("妮娜·西亚"), personSurfaces("宗教自由中心主任妮娜·西亚告诉记者，协议有损教廷的道德权威。"));
    }

    @Test
    void aDottedNameStartsAfterTheTitleNextToIt() {
        assertEquals(List.of("汤姆·图根德哈特"), personSurfaces("下议院外交事务委员会主席汤姆·图根德哈特对此表示欢迎。"));
    }

    @Test
    void aJapaneseFamilyNameAloneIsThePersonNamedBefore() {
        assertEquals(List.of("person/近藤正春", "person/近藤正春"),
                people("日本经济产业省官员近藤正春周二表示，谈判将继续。近藤指出，双方分歧仍然很大。"));
        // two people of one family: the family name alone names neither
        List<String> two = people("日本官员近藤正春和议员近藤太一周二表示，谈判将继续。近藤指出，双方分歧仍然很大。");
        assertEquals(2, two.size(), two::toString);
    }

    @Test
    void aNameEndingInAShipsOrAVillagesMarkIsNoPerson() {
        assertTrue(people("美军导弹驱逐舰杜威号周二驶经南海。").isEmpty());
        assertTrue(people("当年广东乌坎村的村民上街抗议。").isEmpty());
        // a lawsuit named after its parties, a department of a university
        assertTrue(people("最高法院1973年的罗诉韦德案确立了堕胎权。").stream().noneMatch(p -> p.endsWith("案") || p.endsWith("诉")));
        assertTrue(people("该校国际关系学系的教授表示担忧。").isEmpty());
    }

    @Test
    void aTimeWordAfterANameIsNotPartOfIt() {
        assertEquals(List.of("person/joe-biden"), people("拜登本周将前往德国访问。"));
    }

    @Test
    void theDayOfADateIsNotPartOfThePhotographersName() {
        List<String> m = analyze("记者李宗翰报道。（2021年4月8日李宗翰摄）").mentions().stream().filter(x -> x.type() == EntityType.PERSON)
                .map(Mention::surface).toList();
        assertEquals(List.of("李宗翰", "李宗翰"), m);
    }

    @Test
    void aNameAfterAVerbOfGoingAndACountryIsATown() {
        assertTrue(people("他大学毕业后前往美国帕洛阿图工作。").isEmpty());
        assertTrue(people("她出生于印度马哈拉施特拉邦的一个小村庄。").isEmpty());
    }

    @Test
    void aRoleWordsLastCharacterIsNotPartOfTheNameAfterIt() {
        assertEquals(List.of("郭玉珍"), personSurfaces("山东奶农郭玉珍告诉记者，牛奶卖不出去。"));
        assertEquals(List.of("陈阿水"), personSurfaces("渔民陈阿水说，今年收成不好。"));
    }

    @Test
    void aStormsNameIsNoPerson() {
        assertEquals(List.of(), personSurfaces("飓风劳拉周四凌晨在路易斯安那州登陆，劳拉带来强风和暴雨。"));
        assertEquals(List.of(), personSurfaces("台风玛丽亚逼近沿海地区。"));
    }

    @Test
    void aGlossNamingAFirmOrAPlaceVouchesForNoPerson() {
        // Group, Bridge: the bracketed Latin words name a firm and a bridge, not the name before them
        assertEquals(List.of(), personSurfaces("根据市场调查公司与益普索（Ipsos Group）的调查，支持率下降。"));
        assertEquals(List.of(), personSurfaces("游行队伍走过佩特斯桥（Edmund Pettus Bridge）。"));
        // an effect, an act and a grant named after people are no mentions of them
        assertEquals(List.of(), personSurfaces("这是典型的邓宁-克鲁格效应。"));
        assertEquals(List.of(), personSurfaces("美国国会通过《全球马格尼茨基人权问责法》。"));
    }

    @Test
    void aTransliterationBeforeADirectionFromItIsATown() {
        assertEquals(List.of(), personSurfaces("风暴在威尔明顿以东登陆。"));
    }

    @Test
    void surnamesCountedAsPeopleAreNoName() {
        assertTrue(personSurfaces("这也证明刘、李二人确实在制造杂音。").stream().noneMatch(p -> p.endsWith("人")));
    }

    @Test
    void aStateOrChurchTitleIsNotPartOfTheName() {
        assertEquals(List.of("凯蒂·霍布斯"), personSurfaces("亚利桑那州州务卿凯蒂·霍布斯表示，选举是公正的。"));
    }

    @Test
    void aNameRunOnIntoTheNextWordEndsWhereTheArticleEndsItElsewhere() {
        List<String> p = personSurfaces("记者张菁报道。张菁指，当地官员拒绝回应。");
        assertEquals(List.of("张菁", "张菁"), p);
        assertTrue(personSurfaces("掮客徐升在北京活动多年。据悉，徐升约在2010年开始经商。").stream().noneMatch(x -> x.endsWith("约")));
    }

    @Test
    void aTransliterationHanlpEndedOneSyllableEarlyTakesItBack() {
        assertEquals(List.of("苏格拉底"), personSurfaces("苏格拉底说，未经审视的人生不值得过。"));
        // a name HanLP read as a Chinese one does not take a numeral or a verb after it
        assertEquals(List.of("王小妮"), personSurfaces("周佩仪、梁艳萍、王小妮三位教师被举报。").stream().filter(p -> p.startsWith("王")).toList());
        // a trap named after a historian is no mention of him
        assertEquals(List.of(), personSurfaces("中美会否落入修昔底德陷阱？"));
    }

    @Test
    void aKinWordsLastCharacterIsNotPartOfTheNameAfterIt() {
        assertTrue(personSurfaces("拜登的儿子亨特在乌克兰公司任职。").stream().noneMatch(p -> p.startsWith("子")));
        assertTrue(personSurfaces("雕像包括美国之父乔治·华盛顿、废奴运动领袖等人。").stream().noneMatch(p -> p.startsWith("父")));
    }

    @Test
    void aShipOrAnIsmNamedAfterAPersonIsNoMention() {
        assertEquals(List.of(), people("里根号航空母舰上周驶入南海。"));
        assertEquals(List.of(), people("英国的伊丽莎白女王号航母打击群抵达横须贺。"));
        assertEquals(List.of(), people("这是一种麦卡锡式的偏执。"));
        assertEquals(List.of(), surfaces("法国海军以戴高乐航母为中心举行演习。"));
        // 号召 is a verb, not a ship
        assertEquals(List.of("person/donald-trump"), people("特朗普号召支持者投票。"));
    }

    @Test
    void aNameWrittenAgainBeforeAWordThatEndsNamesIsMarked() {
        List<String> s = surfaces("外长弗理兰在记者会上表示，双方接近达成协议。墨西哥部长在与弗理兰会谈后表示乐观。");
        assertEquals(2, s.stream().filter("弗理兰"::equals).count(), s::toString);
    }

    @Test
    void aTitledNameEndsBefore的AndBeforeAnAdverbAfterAGivenName() {
        assertTrue(surfaces("越南领导人与公司总裁米勒的会晤持续了两小时。").contains("米勒"));
        assertTrue(surfaces("当时的中国国防部长曹刚川还曾前往莫斯科。").contains("曹刚川"));
    }

    @Test
    void historicalFiguresInAListAreKnown() {
        assertEquals(List.of("person/franz-kafka", "person/albert-camus", "person/qu-yuan"), people("他读过卡夫卡、加缪和屈原的作品。"));
    }

    @Test
    void aMakeOfCarGlossedInLatinIsNoPerson() {
        assertEquals(List.of(), surfaces("中国买家喜欢路虎（Range Rover）和劳斯莱斯（Rolls Royce）。"));
    }
}
