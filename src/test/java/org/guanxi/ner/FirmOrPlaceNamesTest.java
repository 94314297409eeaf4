package org.guanxi.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirmOrPlaceNamesTest {
    @Test
    void aNameMostlyWrittenBeforeAFirmsOrTownsKindNamesThatFirmOrTown() {
        assertTrue(FirmOrPlaceNames.namesAFirmOrPlace("华鑫珠宝向银行贷款。华鑫珠宝董事长否认造假。华鑫的股价大跌。", "华鑫"));
        assertTrue(FirmOrPlaceNames.namesAFirmOrPlace("候选人在谢尔顿镇集会。谢尔顿镇的选民说，谢尔顿很冷。", "谢尔顿"));
        assertTrue(FirmOrPlaceNames.namesAFirmOrPlace("康达生物股份公司发布公告。分析师说，康达生物的疫苗领先，康达仍需审批。", "康达"));
    }

    @Test
    void aPersonsFirmOnceOrATitleAfterTheNameIsNoFirm() {
        assertFalse(FirmOrPlaceNames.namesAFirmOrPlace("贾明公司遭做空。贾明说，他会还债。贾明已赴美。", "贾明"));
        assertFalse(FirmOrPlaceNames.namesAFirmOrPlace("华鑫珠宝董事长说，公司没有问题。", "华鑫"));
        assertFalse(FirmOrPlaceNames.namesAFirmOrPlace("亚当斯市长表示，纽约会挺过去。亚当斯市长说，警察要上街。", "亚当斯"));
        assertFalse(FirmOrPlaceNames.namesAFirmOrPlace("史密斯镇长说，史密斯镇长会去。", "史密斯"));
    }
}
