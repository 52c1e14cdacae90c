/**
 * A ledger's by-region section names its places by what they are (issue 19.8: keep the source's
 * words): the national archive of major accidents 2005—2018 (../shared/real-workbooks) lists
 * provinces, a bureau's own ledger counties; places the registry does not know are 地区.
 */
import { regionWords } from "../../src/core/summary/ledgerLabels";

describe("the words of a ledger's by-region section", () => {
  it("says 省份 when most places are provinces, whatever slips the source has among them (山两 for 山西)", () => {
    expect(regionWords(["山西省", "福建省", "河南", "山两"], "zh")).toMatchObject({ kind: "province", byRegion: "事故台账分省份统计", region: "省份" });
    expect(regionWords(["山西省", "福建省"], "en")).toMatchObject({ region: "Province", chartRegionAlone: "Accidents by province" });
  });

  it("keeps 县（市） for a bureau's counties, as before", () => {
    expect(regionWords(["楚雄市", "姚安县", "高新区"], "zh")).toMatchObject({ kind: "county", byRegion: "事故台账分县（市）统计", region: "县（市）" });
  });

  it("says 地区 when no place is one the registry knows (城东片, 矿山一队 …)", () => {
    expect(regionWords(["城东片", "城西片", "矿山一队"], "zh")).toMatchObject({ kind: "place", byRegion: "事故台账分地区统计", region: "地区" });
  });
});
