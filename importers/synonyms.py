"""Provides the header synonym table and header matching for every record kind.

Real ledgers name the same column in dozens of ways (乙方, 承包方, 中标单位,
对方户名 …), wrap units into the header (合同金额（万元）), use full-width
brackets and stray spaces, and split headers over two rows (金额/借方,
承包期限/起). This module turns one header (or a parent/child pair) into a
canonical field of a kind, with a confidence, through:

1. the exact synonym after normalisation (NFKC, no spaces, no markers; a system dump's field code,
   "htje" or "party_b", spelled out as the Chinese header it stands for: ``FIELD_CODES``),
2. the synonym after removing bracketed parts ("(万元)", "（支出）"),
3. for two-row headers: parent+child joined ("承包期限"+"起"), the child
   alone ("金额"/"借方"), generic start/end children ("起", "止"), the 合计
   of a project's funding breakdown ("项目资金来源"/"合计" -> budget, after
   a 总投资 column; the parts 财政奖补资金 / 村民筹资 … are amounts that no
   field holds, never the text field ``funding``, which only names the
   parts with an amount: see ``importers.plan``),
4. containment of a strong synonym ("本次付款金额" contains "付款金额").

Besides the canonical fields of ``xuncha.models.KIND_FIELDS`` a header can map
to helper fields that the pipeline combines: ``village``; ``income``/``expense``
and ``debit``/``credit`` (direction + amount); ``year``/``month``/``day``
(one date); ``term`` (a range cell "2015.1.1-2045.12.31" -> start and end);
``voucher_word`` (凭证字 + 凭证号 -> "记-15"); ``unit_price`` (元/亩 or 元/公顷, for a
lease without a total); ``ignore`` (a known column kept only in the raw row,
e.g. 序号, 余额, 备注 — it still helps to find the header row).

Synonyms prefixed with "~" are weak (generic words such as 名称, 金额): they
map, but count little when deciding a sheet's kind.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from xuncha.traditional import simplified
from xuncha.models import KIND_FIELDS, KINDS
from importers.values import without_zero_width

VILLAGE, IGNORE = "village", "ignore"
INCOME, EXPENSE, DEBIT, CREDIT = "income", "expense", "debit", "credit"
YEAR, MONTH, DAY = "year", "month", "day"
TERM, VOUCHER_WORD, UNIT_PRICE, AREA_UNIT, MONTHLY_RENT = "term", "voucher_word", "unit_price", "area_unit", "monthly_rent"
YEARLY_RENT, DUE, MEASURED = "yearly_rent", "due", "measured"
QUANTITY, PRICE = "quantity", "price"
INVOICE, REVIEW = "invoice", "review"

HELPER_FIELDS: dict[str, str] = {
    VILLAGE: "村名",
    INCOME: "收入金额",
    EXPENSE: "支出金额",
    DEBIT: "借方金额",
    CREDIT: "贷方金额",
    YEAR: "年",
    MONTH: "月",
    DAY: "日",
    TERM: "起止日期（一格）",
    VOUCHER_WORD: "凭证字",
    UNIT_PRICE: "单价（元/亩）",
    AREA_UNIT: "面积单位（每行一格）",
    MONTHLY_RENT: "月租金",
    YEARLY_RENT: "年租金",
    DUE: "应交金额（收缴登记表）",
    MEASURED: "计量或应付金额（工程款计量支付台账，不是实付）",
    INVOICE: "发票号码（查白条用）",
    REVIEW: "审核意见（查白条用）",
    QUANTITY: "数量（采购台账：金额空白时按数量×单价算出）",
    PRICE: "单价（采购台账：金额空白时按数量×单价算出）",
    IGNORE: "不导入（仅保留原值）",
}
"""Fields a header may map to besides a kind's canonical fields, with Chinese labels."""

# Which helper fields make sense for which kind (a mapping file is checked against this).
KIND_HELPERS: dict[str, frozenset[str]] = {
    "project": frozenset({VILLAGE, IGNORE, TERM}),
    "contract": frozenset({VILLAGE, IGNORE, TERM, YEARLY_RENT, MONTHLY_RENT}),
    "payment": frozenset({VILLAGE, IGNORE, INCOME, EXPENSE, DEBIT, CREDIT, YEAR, MONTH, DAY, VOUCHER_WORD, DUE,
                          MEASURED, INVOICE, REVIEW, QUANTITY, PRICE}),
    "asset": frozenset({VILLAGE, IGNORE}),
    "resource": frozenset({VILLAGE, IGNORE, TERM, UNIT_PRICE, AREA_UNIT, MONTHLY_RENT}),
    "cadre": frozenset({VILLAGE, IGNORE}),
}

# --- the table -------------------------------------------------------------------------
# Order inside a list is priority: when two columns map to one field, the
# column with the earlier synonym is the primary and the other its fallback.

# The columns an online form platform adds to its export. Each says how the answer was given, never
# what it says; "来源" alone is left out, since a project table's 来源 may be its 资金来源.
PLATFORM_COLUMNS = (
    "提交时间", "提交答卷时间", "答卷时间", "答题时间", "所用时间", "答题时长", "填写时长", "填写时间", "更新时间",
    "提交人", "提交者", "填写人", "填写者", "来源详情", "来源渠道", "来自ip", "来源ip", "ip", "ip地址", "ip属地",
    "填写设备", "提交设备", "浏览器", "操作系统", "总分", "答卷编号", "微信昵称", "微信openid",
)

# The headers of a register of loans (``importers.loans``), as contract fields: who the other party is (the
# lender of money borrowed, the borrower of money lent), the sum and the day of the loan.
LOAN_LENDERS = ("出借人", "出借单位", "出借方", "出借人姓名", "出借单位名称", "出借单位(人)", "出借人(单位)",
                "债权人", "债权单位", "债权人姓名", "债权人名称", "贷款银行", "贷款单位", "贷款机构")
LOAN_BORROWERS = ("借款人", "借款单位", "借款方", "借款人姓名", "借款单位名称", "借款单位或个人", "借款单位(人)",
                  "借款人(单位)", "借款对象", "债务人", "债务单位", "债务人姓名", "欠款人", "欠款单位")
LOAN_PARTIES = (*LOAN_LENDERS, *LOAN_BORROWERS)
LOAN_SUMS = ("借款金额", "出借金额", "借入金额", "借出金额", "贷款金额", "借款本金", "借款数额", "借款额", "出借资金",
             "借入资金")
LOAN_DATES = ("借款日期", "出借日期", "借入日期", "借出日期", "贷款日期", "借款时间", "出借时间", "借入时间",
              "借出时间", "放款日期")

# The headers of a spending register (``importers.spending``), as payment fields: where a 接待's meal was eaten
# (the restaurant paid), and the shop a purchase's goods came from (the payee, not the people they went to).
VENUE_HEADERS = ("就餐地点", "用餐地点", "接待地点", "消费地点", "就餐酒店", "就餐饭店", "就餐场所", "用餐场所",
                 "酒店名称", "饭店名称", "餐馆名称", "就餐单位", "用餐单位", "接待酒店", "接待场所")
SHOP_HEADERS = ("购买商店", "购物商店", "购买地点", "购物地点", "商家", "商家名称", "采购商店", "购货商店", "购买商家",
                "采购地点", "购买超市", "销售商店")

_COMMON: dict[str, list[str]] = {
    VILLAGE: [
        "村名", "村(社区)", "村(居)", "村社区", "村居", "村别", "所属村", "所属村(社区)", "所在村",
        "村社", "村/社", "行政村", "村名称", "村庄名称", "村集体名称", "村", "村/社区", "村(社区)名称",
        "村居名称",
        # Inner Mongolia's village is the 嘎查; a project list names the village it is carried out in.
        "嘎查", "嘎查村", "嘎查名称", "所属嘎查", "所在嘎查", "实施村", "项目村", "项目所在村",
        # A project or contract list names the villages the works cover (涉及村 | 受益村): one village per
        # row files the row there; a cell of several villages names none (``villages.village_from_cell``).
        # A 出借资金清查表 names the village that lent each sum (出借村).
        "出借村", "借入村",
        "涉及村", "所涉村", "涉及行政村", "受益村", "实施村组", "项目实施村", "涉及村组", "所涉村组",
        "核算单位", "核算单位名称", "账套名称", "账套", "集体经济组织名称", "村集体经济组织",
        "经济合作社", "村经济合作社", "股份经济合作社", "经济合作社名称", "村级组织", "村委会",
        # 广东's 经济社 (村民小组 level) keeps its own books: a 联合社's list of its 经济社 files each row there
        # (东便经济社). Taken only when its cells name one: a numbered 第一经济社 is in every 联合社, no
        # collective of its own without the 联合社's name, and the rows stay the title's village.
        "~经济社", "~经济社名称", "~所属经济社",
        # 三资 platform exports name the village's collective as the 组织 the row belongs to.
        "组织机构", "组织名称", "组织机构名称", "所属组织", "集体经济组织",
        "村委会名称", "所属村委会",
        "~单位名称", "~单位",
        # A township's sheet of several villages' books (村账乡代管) heads the village 所属单位, 村组 or 村委;
        # the same words may head a 村民小组 (三组) or a tick column of a cadre list: taken only when the
        # cells name villages (``importers.plan``).
        "~所属单位", "~村组", "~所属村组", "~村委",
        # A township's 扶贫项目资产确权登记表 names the village each asset is vested in (确权到村).
        "确权到村", "确权村", "确权村名", "产权归属村", "资产归属村", "权属村",
    ],
    IGNORE: [
        "序号", "编号序号", "行号", "行次", "备注", "备注说明", "乡镇", "镇", "所属乡镇", "乡镇(街道)",
        "镇(街道)", "街道", "镇街", "县(市、区)", "县区", "年度", "填报单位", "组别", "村民小组",
        # Identity and contact columns: kept raw, and long enough to beat a shorter word
        # they contain ("乙方联系电话" is a phone number, not the 乙方).
        "联系电话", "电话号码", "手机号码", "联系方式", "身份证号", "身份证号码", "统一社会信用代码",
        "开户银行", "开户行", "银行账号", "账号",
        # How the one who collected is related to the household (与户主关系: 本人, 儿子): no party.
        "与户主关系", "与被征收户关系", "代领关系", "与领取人关系",
        # A platform export's year of the account set (账套年度 2023) is no 账套, i.e. no village;
        # its organisation code is no organisation name.
        "账套年度", "账套年份", "会计年度", "所属年度", "组织编码", "组织代码", "组织机构代码",
        # Counts in a summary table (项目个数 6) are no project names.
        "项目个数", "项目数", "合同份数", "合同数", "工程个数", "资产个数", "笔数", "个数", "份数",
        # An online form's export (问卷星, 金数据, 腾讯文档收集表, WPS表单) adds the platform's own columns
        # beside the answers: who submitted when, from where, on what. None is a field of a record.
        *PLATFORM_COLUMNS,
    ],
}

# Headers of a 扶贫资产's 竣工验收 date and of the aid given for a 到户类 asset: its acquired_on and
# amount only where no column gives them (weak synonyms, last in their lists; ``plan`` notes them).
ASSET_DONE_DATES = ("~竣工验收时间", "~竣工验收日期", "~竣工时间", "~竣工日期", "~验收时间", "~验收日期")
ASSET_AID_AMOUNTS = ("~扶持金额", "~扶持资金", "~帮扶金额")

# A lease's or a contract's term in one cell ("2021.1.1-2030.12.31"), as 村 and 乡镇 registers word it:
# who holds the land (租赁, 承租, 流转, 承包 …) before 起止, 期限 or 期间. "起止" alone makes any
# "…起止" header a term by containment.
_LEASE_TERMS = [
    "租赁起止", "租赁起止日期", "租赁起止时间", "租赁期限", "租赁期间", "租赁期", "租期", "租期起止",
    "承租期限", "承租起止", "承租期间", "承租期", "出租期限", "出租起止", "出租期间", "租用期限", "租用起止",
    "租用期间", "流转期限", "流转起止", "流转期间", "流转期", "承包期限", "承包起止", "承包期间", "承包期",
    "承包经营期限", "发包期限", "发包起止", "发包期间", "起止",
]

# The number of the leased thing itself, as 村 registers head it: a parcel's 地号, a greenhouse's 棚号, a
# shop's 铺号 or 门牌号, a stall's 摊位号. Beside a name column it is the resource's code; where it is the
# only word for what is leased, it is the name (see ``importers.kinds``).
_LEASED_THING_NUMBERS = [
    "地号", "地块号", "宗地号", "田块编号", "棚号", "大棚号", "大棚编号", "棚室编号", "温室编号", "铺号", "铺位号",
    "商铺号", "商铺编号", "店铺编号", "门面编号", "门牌号", "房号", "房间号", "房屋编号", "摊位号", "摊位编号",
    "档口号", "塘号", "鱼塘编号",
]
LEASED_THING_NUMBERS = frozenset(_LEASED_THING_NUMBERS + ["资源编号", "资源编码", "地块编号", "地块编码", "宗地编号"])
"""Headers of a resource's own number (not its contract's): the name where no name column exists."""

# Where the leased thing is, as a shop or house register heads it (店面位置 "龙田街东营段1号", 房屋坐落, 铺位).
# A bare 地址 is left out: beside 承租人 it is as often the tenant's address.
_LEASED_THINGS = ("房屋", "房产", "店面", "店铺", "门面", "商铺", "铺面", "门店", "物业", "厂房", "仓库", "地块", "土地",
                  # A coast village lets out its 滩涂 and 海域 by where they lie (滩涂位置 "东沙岙北侧").
                  "滩涂", "海域", "水面", "山场", "林地", "草场")
LEASED_THING_PLACES = frozenset(
    ["坐落", "位置", "坐落位置", "坐落地点", "所在位置", "具体位置", "铺位", "店面", "门面", "商铺", "铺面"]
    + [thing + place for thing in _LEASED_THINGS for place in ("位置", "坐落", "坐落位置", "地址", "所在位置")])
"""Headers of where a resource is: its name where no column names it (see ``importers.kinds``)."""

# A shop's rent by the month, and a lease's by the year, as registers head them.
_MONTHLY_RENTS = ["月租金", "月租金额", "每月租金", "月租", "月承包费", "月租赁费"]
_YEARLY_RENTS = ["年租金", "年租金额", "每年租金", "年租赁费", "年承包费", "年承包金", "年承包金额", "年流转费"]

_KIND_SYNONYMS: dict[str, dict[str, list[str]]] = {
    "project": {
        "name": [
            "项目名称", "工程名称", "工程项目名称", "建设项目名称", "项目工程名称", "一事一议项目名称",
            "建设项目", "工程项目", "项目内容", "项目", "~名称",
            # A 零星维修登记 names the repair; a 四议两公开 记录台账 names each 重大事项 it decided.
            "维修项目", "维修项目名称", "事项名称", "重大事项", "重大事项名称", "决策事项", "议题名称",
        ],
        "code": ["项目编号", "工程编号", "立项编号", "项目代码", "项目编码", "备案号", "项目备案号", "~编号"],
        "type": [
            "项目类型", "项目类别", "工程类别", "工程类型", "项目性质", "建设性质", "项目分类",
            "~类型", "~类别",
        ],
        "contractor": [
            "施工单位", "承建单位", "中标单位", "实施单位", "承包单位", "施工方", "承建方", "中标人",
            "施工企业", "施工队", "承接单位", "成交单位", "中标供应商", "成交供应商", "施工单位名称",
            "承包方", "承包人", "乙方", "乙方单位", "供应商", "包工头", "承建商", "承建人",
            # 承揽 is the civil-code word for work done to order (承揽合同): the firm doing the job.
            "承揽方", "承揽单位", "承揽人",
            "维修单位", "维修人", "承修单位", "维修方",
        ],
        "budget": [
            "预算金额", "预算投资", "项目预算", "预算", "预算资金", "预算价", "项目总投资", "总投资",
            "计划投资", "投资估算", "估算金额", "概算", "概算金额", "控制价", "招标控制价", "最高限价",
            "项目概算", "工程概算", "概算投资", "投资概算", "概算总投资", "项目概算投资", "概算总额", "概算价",
            # What a 四议两公开 record says the 事项 involves: the sum decided on.
            "涉及金额", "涉及资金", "涉及资金额",
            # 以工代赈 and 衔接资金 registers give the investment as approved.
            "批复投资", "批复投资额", "批复金额", "批复资金", "批复概算",
            "投资额", "项目投资", "预算总额", "投资总额",
            # A 后续扶持 or 衔接资金 list gives each project's money as one sum: "项目资金 | 45万".
            "项目资金", "项目资金总额", "项目总资金",
            # A 村级集体经济 project list gives the money it was granted (扶持资金 over 中央 | 省级 | 合计).
            "扶持资金", "扶持资金总额", "财政扶持资金", "上级扶持资金",
        ],
        "amount": [
            "合同金额", "中标价", "中标金额", "成交价", "成交金额", "合同价", "合同价款", "承包价",
            "决算金额", "结算金额", "审定金额", "审计审定价", "审定价", "审价金额", "决算价",
            "结算价", "工程造价", "工程款", "实际投资", "完成投资", "结算", "决算", "审定价款",
            # An audit's adjustment table: 账面数 | 调增 | 调减 | 审定数 (the audited figure is the sum).
            "审定数", "审定数额", "审计审定数",
            "造价", "工程价款", "工程总价",
            # What a 零星维修 cost.
            "维修金额", "维修费用", "维修费", "维修款",
            # A 小额工程直接发包登记 gives the sum each job was awarded for (发包金额 9.68 万元): a resource
            # sheet's 发包金额 is its rent, read there.
            "发包金额", "发包价", "发包价款", "发包价格",
        ],
        "funding": ["资金来源", "经费来源", "资金渠道", "资金性质"],
        "decided_on": [
            "决策日期", "决策时间", "村民代表会议日期", "村民代表会议时间", "村民代表大会日期",
            "村民代表大会时间", "村民会议日期", "议事时间", "议事日期", "会议时间", "会议日期",
            "决议时间", "决议日期", "表决时间", "表决日期", "四议两公开时间", "民主决策时间", "议定时间", "议定日期",
            "立项日期", "立项时间", "审批日期", "审批时间",
            # The last of the 四议 (提议、商议、审议、决议) is the villagers' decision.
            "村民代表会议决议", "村民代表大会决议", "村民会议决议",
        ],
        "started_on": [
            "开工日期", "开工时间", "实际开工日期", "实际开工时间", "实际开工", "计划开工日期", "计划开工时间",
            "计划开工", "开工", "施工日期", "开始施工时间", "动工日期", "动工时间", "进场日期", "进场时间",
            "~开始日期", "~开始时间",
        ],
        "finished_on": [
            "竣工日期", "竣工时间", "完工日期", "完工时间", "实际竣工日期", "实际竣工时间", "实际竣工",
            "实际完工日期", "实际完工时间", "实际完工", "计划竣工日期", "竣工",
            "完工", "验收日期", "验收时间", "竣工验收日期", "竣工验收时间", "交工日期", "交工时间",
            "交付日期", "交付使用日期", "~完成日期", "~完成时间",
            "~结束日期",
        ],
        "status": [
            "进展", "进度", "项目进展", "项目进度", "工程进度", "建设进度", "项目状态", "实施情况",
            "完成情况", "建设情况", "进展情况", "~状态",
            # A platform's project export names the stage (立项, 招标, 施工, 验收).
            "项目阶段", "实施阶段", "建设阶段", "所处阶段", "当前阶段",
        ],
        "procurement": [
            "招标方式", "发包方式", "采购方式", "确定方式", "施工单位确定方式", "选定方式", "选择方式",
            "比选方式", "招投标方式", "承包方式", "交易方式",
        ],
        TERM: ["工期", "建设期限", "施工期限", "建设起止时间", "施工起止时间", "~起止时间", "~起止日期"],
        IGNORE: ["建设地点", "实施地点", "工程地点", "建设地址", "建设内容", "建设规模", "受益人口"],
    },
    "contract": {
        "code": [
            "合同编号", "合同号", "合同代码", "合同编码", "承包合同代码", "协议编号", "合同序号",
            "合同备案号", "备案号", "备案编号", "交易编号", "成交编号",
            # A 合同登记簿 numbers each contract it registers (PA2023-001): the number to cite.
            "合同登记号", "合同登记编号", "登记号", "登记编号", "~编号",
            "签证单编号", "签证编号", "签证单号",
            # A 借据登记簿 numbers each IOU it registers (JJ2018-01).
            "借据编号", "借据号", "借条编号", "借款合同编号",
        ],
        "title": [
            # A 签证 or a change register's row is titled by what was changed; its 工程名称 beside it
            # is then the works it belongs to (the secondary field, ``kinds.SECONDARY_FIELD``).
            "签证事由", "签证内容", "签证原因", "变更内容", "变更事由", "变更原因",
            "合同名称", "协议名称", "合同项目", "合同标的", "标的", "标的物", "合同内容", "合同事项",
            "承包项目", "项目名称", "工程名称", "~事项", "~名称",
        ],
        "counterparty": [
            "乙方", "乙方单位", "乙方名称", "乙方单位名称", "乙方(承包方)", "合同相对方", "相对方",
            "对方单位", "对方名称", "对方单位名称", "签约单位", "签约对象", "承包方", "承包人",
            "承包单位", "承租方", "承租人", "受让方", "受托方", "供应商", "供货单位", "服务商",
            "合作方", "施工单位", "中标单位", "成交单位", "承接单位", "承包户", "承接方", "合同乙方",
            "合同对方", "对方当事人", "签约主体", "合同相对人", "相对人", "合同相对方名称", "相对方名称",
            "承揽方", "承揽单位", "承揽人", "签约对方", "签约对方单位", "合同对方单位", "~对方",
            "承建单位", "承建方", "承建人", "施工方",
            "签订对象", "签订单位", "合同签订对象", "合同对象",
            # A 土地流转 contract's lessee.
            "流转对象", "流入方", "转入方", "受让对象", "受让人",
            # 金蝶/用友 合同执行情况表 name the other party by the ledger's own word.
            "往来单位", "往来单位名称", "往来方", "客商名称", "客商", "客户名称", "供应商名称",
            # A register of loans (借入款台账, 出借资金清查表, 借据登记簿, ``importers.loans``): the lender of
            # money the village borrowed, or the borrower of money it lent.
            *LOAN_PARTIES,
        ],
        "amount": [
            "合同金额", "成交价", "成交价格", "合同价款", "合同总价", "合同总金额", "合同价", "合同额", "签约金额",
            "标的额", "合同标的额", "中标价", "中标金额", "成交金额", "承包金额", "租金总额",
            "承包费总额", "总金额", "价款", "合同总额", "标的金额", "~金额",
            # A lease contract's sum is the rent of its whole term.
            "总租金", "合同总租金", "合同租金总额", "租金总计",
            # A 工程合同登记簿 names a works contract's sum by what the works cost (工程造价 over 小写 | 大写).
            "工程造价", "造价", "工程价款", "工程总价", "工程合同价", "工程合同金额",
            # A 监理, 设计 or 咨询 contract is a service: its register names the sum by the fee (监理服务费（万元）).
            "监理服务费", "监理费", "监理费用", "监理合同价", "服务费", "服务费用", "合同服务费", "技术服务费",
            "咨询服务费", "咨询费", "设计费", "勘察设计费", "勘察费", "造价咨询费", "检测费",
            # A works contract is signed at a provisional price (暂定价) and settled at its final one
            # (结算价, 审定金额): the final sum is read first (``kinds._final_sums_first``).
            "暂定价", "暂定金额", "暂定合同价", "合同暂定价", "暂定总价",
            "结算价", "结算金额", "结算总价", "合同结算价", "合同结算金额", "审定金额", "审定价", "审计审定价",
            "审定数", "审定数额", "审计审定数",
            "决算金额", "决算价",
            # The change a 补充协议 or 签证 row of a contract 台账 makes (+8,500 / -3,200): the amount of
            # that row, where the contract's own sum columns are blank (``importers.changes``).
            "变更增减", "变更增减额", "变更增减金额", "增减金额", "增减额",
            # A 签证 (``kinds._lists_variations``) as claimed and as approved: the approved sum comes first.
            "签证金额", "审核金额", "审核价", "核定金额", "申报金额", "签证申报金额", "签证审核金额",
            # A register of loans: the sum lent or borrowed (借款金额（小写） | （大写）, 借入金额（万元）).
            *LOAN_SUMS,
        ],
        # A lease contract listed with its rent per year or month only: the sum is worked out from the
        # term, or left empty with a warning (``importers.rowmap``).
        YEARLY_RENT: _YEARLY_RENTS,
        MONTHLY_RENT: _MONTHLY_RENTS,
        "signed_on": [
            "签订日期", "签订时间", "签约日期", "签约时间", "签署日期", "签署时间", "合同签订日期",
            "合同签订时间", "签订日", "签约日", "~日期",
            # The day a 签证 was signed on site.
            "签证日期", "签证时间",
            # A register of loans: the day the money was lent or borrowed (the IOU's date).
            *LOAN_DATES,
        ],
        "started_on": [
            "合同开始日期", "开始日期", "起始日期", "生效日期", "合同生效日期", "合同期限起",
            "承包期限起", "租赁期限起", "起租日期", "履行开始日期", "合同起始日", "合同起始日期", "起始日",
            "开始日", "履约起始日", "履约起始日期", "履约开始日期", "~开始时间", "~起始时间",
            "租赁起始", "租赁起始日期", "租赁开始", "租赁开始日期", "承包起始", "承包起始日期",
            "合同开始", "合同起始", "履约开始", "履约起始", "履行开始", "合同生效",
            "合同起日", "承包起日", "租赁起日",
            # A one-row register's bare 起 | 止 beside 签订日: in a contract sheet, its term.
            "起",
        ],
        "ended_on": [
            "合同结束日期", "合同到期日期", "合同到期日", "结束日期", "终止日期", "到期日期",
            "截止日期", "合同期限止", "承包期限止", "租赁期限止", "到期时间", "履行结束日期", "到期日",
            "截止日", "终止日", "合同截止日期", "合同终止日期", "履约截止日", "履约截止日期", "履约结束日期",
            "租赁终止", "租赁终止日期", "租赁结束", "租赁结束日期", "租赁到期日期", "承包终止", "承包终止日期",
            "合同结束", "合同终止", "合同到期", "履约结束", "履约终止", "履行结束",
            "失效日期", "合同失效日期", "失效时间", "合同失效",
            "~结束时间", "~终止时间", "~截止时间",
            "合同止日", "承包止日", "租赁止日",
            # A register of loans: the day the loan is to be repaid.
            "还款期限", "约定还款日期", "约定还款日", "还款到期日", "到期还款日期", "借款到期日", "借款到期日期",
            "应还款日期",
            "止",
        ],
        TERM: [
            "合同期限", "合同起止", "合同起止时间", "合同起止日期", "合同期", "起止时间", "起止日期",
            "承包起止", "承包起止时间", "承包期限", "租赁期限", "租赁起止时间", "租期", "租赁期", "履行期限",
            "履约期限", "有效期", *_LEASE_TERMS,
            # A works contract's period (工期（起止）"2022.4.10-2022.7.31"): the contract's start and end.
            "工期", "工期起止", "合同工期", "施工工期", "建设工期", "施工期限", "施工期", "建设期限", "服务期限",
            "服务期", "履约期", "履行期", "~期限",
        ],
        "category": ["合同类别", "合同类型", "合同分类", "合同性质", "~类别", "~类型"],
        "procurement": [
            "采购方式", "招标方式", "发包方式", "承包方式", "确定方式", "签约方式", "交易方式",
            "选定方式", "比选方式", "采购形式", "招标形式", "发包形式",
        ],
        "project": ["关联项目", "所属项目", "对应项目", "项目编号", "工程项目"],
        IGNORE: ["甲方", "发包方", "出租方", "委托方", "付款方式", "履行情况", "合同状态", "身份证号",
                 "身份证号码", "统一社会信用代码", "已付金额", "已收金额", "面积",
                 # How much of the subject (1.2公里, 45盏): a quantity, never the contract's name or project.
                 "标的数量", "标的物数量", "合同标的数量", "标的规模"],
    },
    "payment": {
        "voucher": [
            "凭证号", "凭证字号", "凭证编号", "凭证号码", "记账凭证号", "凭证号数", "凭证", "单据号",
            "单据编号", "票据号", "票据编号", "交易流水号", "流水号", "报账单号", "报账单编号", "报销单号",
            "报销单编号",
            # A 收缴登记表 numbers each household's receipt (收据号 NO.2400100).
            "收据号", "收据编号", "收据号码", "收款收据号", "收款收据编号", "票据号码",
            "~编号",
        ],
        VOUCHER_WORD: ["凭证字", "凭证类别", "凭证类型", "字", "凭证种类", "凭证字别", "字别"],
        # A 报账票据登记 gives each claim's invoice and the reviewer's opinion: "无"/"白条" and "白条，不予报销"
        # are the only sign of a white slip where the 事由 says nothing (``rowmap`` adds them to the 摘要).
        INVOICE: ["发票号码", "发票号", "发票编号", "发票代码", "发票情况", "票据情况", "票据类型", "票据种类"],
        # A 采购台账 gives each buy's 数量 and 单价 beside its 金额: where the 金额 is blank (or a formula
        # with no saved result) their product is the sum paid (``rowmap._amount_from_quantity``).
        QUANTITY: ["数量", "采购数量", "购买数量", "购进数量", "进货数量", "购置数量"],
        PRICE: ["单价", "采购单价", "购买单价", "购进单价", "进货单价", "购置单价", "进价"],
        REVIEW: ["审核意见", "审核情况", "审核结果", "审批意见", "审查意见", "复核意见"],
        "date": [
            "日期", "记账日期", "凭证日期", "业务日期", "交易日期", "发生日期", "入账日期", "付款日期",
            "收款日期", "支付日期", "报销日期", "报账日期", "报账时间", "到账日期", "拨付日期", "制单日期",
            "收支日期", "收入日期", "支出日期", "收入时间", "支出时间", "收款时间", "收支时间", "拨付时间",
            "交易时间", "记账时间", "付款时间", "支付时间",
            # A 收支明细表 kept by period (2023年第一季度, 2023年1-3月): read as the period's first day, said so.
            "期间", "所属期间", "会计期间", "发生期间",
            # A 村务卡 (公务卡) list exported from the card platform: the day of the purchase.
            "消费日期", "消费时间", "刷卡日期", "刷卡时间",
            # A 发放表 (发放明细, 分配明细, 花名册): the day the money reached the person.
            "发放日期", "发放时间", "分配日期", "分配时间", "领取日期", "领取时间", "领款日期", "领款时间",
            "兑付日期", "兑付时间",
            # A 采购台账: the day goods were bought (and paid for).
            "采购日期", "采购时间", "购货日期", "进货日期",
            # A 收缴登记表: the day each household paid.
            "交款日期", "交款时间", "缴款日期", "缴款时间", "缴费日期", "缴费时间", "交费日期", "交费时间",
            "缴纳日期", "缴纳时间", "交纳日期", "交纳时间", "收缴日期", "收缴时间", "收取日期", "收取时间",
            "收款时间", "~时间",
        ],
        YEAR: ["年", "年份", "~年度"],
        # A 年月 column ("2022年11月") beside a 日 column: the two make the date.
        MONTH: ["月", "月份", "年月", "年月份", "记账年月", "凭证年月"],
        DAY: ["日", "日期(日)"],
        "summary": [
            "摘要", "摘要说明", "业务摘要", "交易摘要", "说明", "事由", "用途", "用途说明", "业务内容",
            "款项内容", "收支内容", "收支项目", "开支内容", "支出内容", "收入内容", "支出事由", "报账事由",
            "报销事由",
            # What was received or spent, in words: text, not the 收入/支出 amount the words contain.
            "收入项目", "支出项目", "收入摘要", "支出摘要",
            "交易详情", "转账原因", "附言", "支出事项", "收入事项", "收支事项", "开支事项", "款项用途",
            # What a 发放表 pays each person for: 耕地地力保护补贴, 公益岗位工资, 到户分红.
            "补贴项目", "补贴项目名称", "补贴名称", "补贴类别", "补贴类型", "补贴种类", "补助项目", "补助项目名称",
            "补助类别", "发放项目", "发放内容", "发放事由", "发放类别", "收益用途", "资金用途",
            # What a 采购台账 bought: 物资名称 | 规格型号 | 数量 | 单价 | 金额.
            "物资名称", "采购物资", "采购物品", "采购内容", "采购物资名称", "物品名称", "货物名称", "商品名称",
            # A 微信支付账单's 商品: what was bought, or the transfer's 转账备注.
            "商品",
            "~内容",
        ],
        "account": [
            "科目", "会计科目", "科目名称", "一级科目", "总账科目", "明细科目", "科目代码", "科目编码",
            "科目编号", "收支科目", "收支类别", "费用类别", "开支类别", "支出类别",
        ],
        "direction": [
            "收支方向", "借贷方向", "借贷标志", "收支标志", "收付方向", "收支类型", "收/支", "收支",
            "借/贷", "收付", "收/付", "收付标志", "收付类型",
            # An online form's choice between the two sides (腾讯文档 收集表: 收入/支出 | 金额).
            "收入/支出", "支出/收入", "收入或支出", "支出或收入", "收入支出", "~方向",
        ],
        "amount": ["金额", "发生额", "本期发生额", "交易金额", "金额合计", "价税合计", "票面金额",
                   # A list of loans booked as payments (借出款项清理表: 借出金额 | 还款金额 | 余额): the sum lent
                   # or borrowed is the row's, before any sum repaid on it.
                   *LOAN_SUMS,
                   # A 还款明细 names the sum repaid (还款金额 over 合计 | 本金 | 利息: the 合计 is the amount).
                   "还款金额", "偿还金额", "归还金额", "还款额", "本次还款金额", "本次还款", "实还金额",
                   # A donation or a receipt in foreign money is booked at its value in yuan.
                   "折合人民币", "折合人民币金额", "折人民币", "折合金额", "人民币金额",
                   # The sum a 发放表 paid each person: 实发 before 应发 (what was due, before 代扣), never
                   # a rate (发放标准, 月工资标准, 每股分红), which no synonym names.
                   "实发金额", "实发", "实发数", "实发工资", "实发合计", "实领金额", "实领", "发放金额", "发放额",
                   "补偿金额", "补偿款", "补偿费", "分配金额", "分红金额", "补贴金额", "补助金额", "慰问金额",
                   "慰问金", "奖补金额", "救助金额", "流转费", "土地流转费", "流转费金额",
                   # A 以奖代补 or 补助 发放明细 names the grant paid to each (奖补资金（万元）); in a project
                   # list the same words are one source of its funding, which the project kind reads apart.
                   "奖补资金", "补助资金", "补贴资金", "奖励资金", "奖励金额",
                   # The sum a 收缴登记表 received from each household: 实交, never the 应交 it owed.
                   # (No bare 实收 or 已交: it would claim 实收资本 or 已交押金 by containment.)
                   "实交金额", "实交数", "实交款", "实缴金额", "实收金额", "实收数", "已交金额", "已缴金额",
                   "交款金额", "缴款金额", "缴费金额", "缴纳金额", "交纳金额", "收缴金额",
                   # A 租金收缴明细 or 承包费收缴台账 names what was received.
                   "实收租金", "实交租金", "实缴租金", "已收租金", "已交租金", "实收承包费", "实交承包费",
                   "实缴承包费", "实收承包金", "实交承包金"],
        INCOME: [
            # A journal with one column per category (经营收入 | 补助收入 | 收入合计): the total is
            # the entry's amount, the categories only its parts.
            "收入合计", "合计收入", "收入小计", "收入总额", "收入总计", "本期收入合计",
            "收入", "收入金额", "收入额", "收款金额", "收方", "收方金额", "到账金额", "存入金额", "存入",
            "收入(借方)", "入账金额",
            # A 代收代缴 book (有线电视费, 水费): what the village collected from the households, passed on later.
            "代收金额", "代收额", "代收款",
        ],
        EXPENSE: [
            "支出合计", "合计支出", "支出小计", "支出总额", "支出总计", "本期支出合计",
            "支出", "支出金额", "支出额", "付款金额", "支付金额", "付方", "付方金额", "报销金额", "报账金额",
            "拨付金额", "实付金额", "本次付款金额", "本次支付金额", "付款额", "支取金额", "支取",
            "取出金额", "付出", "支出(贷方)", "实际支付金额",
            # A 报账员's receipt book pays the money collected over to the township's agent account.
            "上缴代理账户", "上缴代理账户金额", "缴存代理账户", "存入代理账户", "上缴金额", "上缴乡镇代理账户",
            # A 资金拨付台账 (拨付金额 over 本次拨付 | 累计拨付): the batch paid now is the row's money.
            "本次拨付", "本次拨付金额", "本次拨付资金", "本期拨付", "本期拨付金额", "本批拨付", "本批拨付金额",
            # A 工程款计量支付台账 (计量金额 | 本期应付 | 支付情况 over 本期实付 | 累计实付): what was actually
            # paid this period, as 实发 in a 发放表; never the measured or due sum (MEASURED below).
            "本期实付", "本期实付金额", "本次实付", "本次实付金额", "本期实际支付", "本期实际支付金额",
            "本次实际支付", "实际支付", "实际付款", "实际付款金额", "实付", "实付款", "实付数", "实付工程款",
            "本期支付", "本期支付金额", "本次支付",
            # A 代缴 list or book: what the village paid for its households (村集体代缴 of their 医保 or
            # 养老保险, 代缴 of the fees it collected). Not a bare 代缴, which would claim a wage sheet's
            # 代扣代缴个税 (a deduction) by containment.
            "代缴金额", "代缴额", "代缴款", "村集体代缴", "集体代缴", "村代缴", "村集体代缴金额", "集体代缴金额",
        ],
        DEBIT: ["借方", "借方金额", "借方发生额", "本期借方", "借方本期发生额", "借"],
        CREDIT: ["贷方", "贷方金额", "贷方发生额", "本期贷方", "贷方本期发生额", "贷"],
        "counterparty": [
            "往来单位", "往来单位名称", "对方单位", "对方单位名称", "对方户名", "对方账户名称", "对方名称",
            "对方账户名", "收款单位", "收款单位名称", "收款人", "收款人名称", "收款方", "收款账户名",
            "收款户名", "付款单位", "付款人", "付款方", "收(付)款单位", "收付款单位", "收款单位(人)",
            "领款人", "领款单位", "受款人", "交易对方", "交易方姓名", "对方姓名", "客户", "供应商",
            # A spending register's shop (购买商店) and restaurant (就餐地点): the payee (``importers.spending``).
            *SHOP_HEADERS, *VENUE_HEADERS,
            # Who paid money in, in a receipt book (收入明细: 缴款单位 | 金额).
            "缴款单位", "缴款人", "交款单位", "交款人", "缴费单位", "缴费人",
            # Who pays the village its share of profits (入股分红收益台账).
            "入股企业", "入股单位", "被投资单位", "被投资企业", "分红单位",
            # Who paid the rent a 租金收缴明细 records (kinds.PAYER_HEADER).
            "承租人", "承租方", "承租单位", "承租户", "租户", "承包户",
            "辅助核算", "户名", "交易对手", "交易对手名称", "往来对象", "收付对象", "收付款对象", "收款对象", "收/付款人",
            "收/付款单位", "收付款人",
            # The platform's one column for whoever received or paid (收(付)款人), written every way.
            "收(付)款人", "收(付)款方", "收(付)款人名称", "收付款人名称", "收付款方", "收/付款方",
            "收款人/付款人", "付款人/收款人", "收款单位/付款单位", "付款单位/收款单位", "收款方/付款方",
            "往来方", "往来户名", "往来单位或个人",
            # A 往来明细账 (应付款) names whom the village owes in one column for both kinds of party.
            "单位或个人", "单位及个人", "个人或单位",
            # A bank remittance names its payee the 受益人 (beneficiary); a 村务卡 list, the shop (商户).
            "受益人", "受益人名称", "受益人户名", "商户名称", "商户", "商户全称", "消费商户", "收款商户",
            # Audit lists: who wrote a 白条 booked as spending (出具人（收款人）), who owes the money
            # a 借出款项清理表 or 往来清理表 lists (借款人（单位）, 欠款单位), who lent it (出借人).
            "出具人", "出具单位", "出具人姓名", "白条出具人", "白条出具单位",
            "借款人", "借款单位", "借款人姓名", "借款单位名称", "欠款人", "欠款单位", "欠款人姓名",
            "债务人", "债务单位", "出借人", "出借单位", "债权人", "债权单位",
            "~单位名称", "~对方",
            # A journal's 辅助核算 column under its 金蝶 / 三资平台 names ("供应商---宏达建设").
            "核算项目", "辅助项", "辅助项目", "辅助核算项目",
            # 用友 / 浪潮 / 金蝶 凭证 and 序时账 exports name the party by its 客商 (customer or supplier) file.
            "客商名称", "客商", "客商全称", "往来客商", "往来客商名称", "客户名称", "客户全称", "供应商名称",
            "供应商全称", "客户/供应商", "客户供应商", "客户或供应商",
            # Who bought a 消费帮扶 sale (购买单位 | 产品名称 | 金额): the payer of the money in.
            "购买单位", "购买单位名称", "购买方", "购买人", "购买者", "采购单位", "采购单位名称", "采购方", "购货单位",
            # Who a 发放表 pays: the person or household named on each row (see kinds.PAYEE_HEADER).
            "户主姓名", "户主", "收款人姓名", "股东姓名", "成员姓名", "社员姓名",
            "农户姓名", "人员姓名", "分配对象", "发放对象", "补贴对象", "补助对象", "补偿对象", "救助对象",
            "慰问对象", "受益对象", "享受对象", "受助对象", "被补偿人", "被拆迁人", "被征收人", "~姓名",
            "奖补对象", "奖励对象", "被征收户", "被征收户主", "被征地户", "被拆迁户", "拆迁户", "补偿户",
            # Who collected it: the payee when no household or beneficiary column is beside it; beside one,
            # the one who collected for the household (``kinds.COLLECTOR_HEADER``).
            "领取人", "领取人姓名", "领款人姓名",
            # Who gave to a 捐资登记表, and who a 助学金发放表 helps.
            "捐款人", "捐资人", "捐赠人", "捐款单位", "捐赠单位", "捐资单位", "捐款人姓名", "捐资人姓名",
            "受助学生", "受助学生姓名", "学生姓名", "受助人", "受助人姓名", "资助对象",
        ],
        "method": ["结算方式", "支付方式", "付款方式", "收款方式", "转账方式", "交易方式", "资金结算方式",
                   "发放方式", "发放渠道", "领取方式"],
        "handler": ["经手人", "经办人", "报销人", "报账人", "报账员", "经办", "经手", "经办人员", "采购人",
                    "验收人",
                    # Who took a household's money in for the village (筹资花名册, 收缴台账): its side, no party.
                    "经收人",
                    # Who collected a household's payout for it (代领): the household is the payee.
                    "代领人", "代领人姓名", "代收人"],
        "attachments": [
            "附件数", "附件张数", "附单据张数", "附单据数", "单据张数", "附件", "附件(张)", "张数",
        ],
        "contract": ["合同编号", "合同号", "关联合同", "对应合同"],
        "project": ["项目", "工程项目", "项目名称", "工程名称", "所属项目", "关联项目"],
        IGNORE: ["余额", "期末余额", "账户余额", "借或贷", "余额方向", "对方账号", "对方开户行",
                 "本方账号", "账号", "审批人", "证明人", "出纳", "会计", "记账", "复核", "制单",
                 "分录号", "分录序号", "币种", "单位",
                 # A card list's 交易类型 (消费, 退货): read for refunds (``plan.refund_column``), not a field.
                 "交易类型", "交易种类", "交易类别", "消费类型", "业务类型",
                 # A 工程款支付台账 repeats each contract's sum and the running total beside each payment:
                 # neither is the money of the row (本次支付金额 is).
                 "合同金额", "合同价款", "合同总金额", "合同总价", "中标金额", "累计支付", "累计支付金额",
                 "累计付款", "累计付款金额", "累计已付", "已付金额", "未付金额", "尚欠金额",
                 # Its 资金拨付台账 twin: the running total of batches paid, not this batch.
                 "累计拨付", "累计拨付金额", "累计拨付资金", "累计已拨付", "累计已拨付金额", "已拨付金额",
                 "已拨付资金", "已拨付", "未拨付金额", "未拨付资金",
                 # What was approved or allotted, beside what was paid this time (本次拨付金额): never paid money
                 # in itself; as a fallback amount a row paid nothing became a payment of the approved sum.
                 "核定奖补资金", "核定资金", "核定金额", "核定补助资金", "批复金额", "批复资金", "下达资金", "下达金额",
                 "应拨金额", "应拨资金", "计划拨付金额",
                 # A donation in its own currency beside its value in yuan (折合人民币): the yuan is the amount.
                 "原币金额", "外币金额", "原币",
                 # A 计量支付台账's running totals (累计计量金额, 累计实付) beside the period's figures.
                 "累计计量金额", "累计计量", "累计计量价款", "累计实付", "累计实付金额", "累计实际支付",
                 "累计应付", "累计应付金额", "累计已付金额",
                 # What a 收缴登记表's household still owes (欠交): no money received.
                 "欠交金额", "欠缴金额", "欠款金额", "欠交", "欠缴", "欠缴租金", "欠交租金"],
        # What a 工程款计量支付台账 measured (本期计量金额) or found due (本期应付, after 预留质保金) for the
        # period: no money paid, which 本期实付 is. Read apart so that it never stands in for the paid sum, and
        # so that a measured period left unpaid (实付 0, no 支付日期) is skipped as such (``rowmap``). Only
        # the period's words: a bare 应付金额 is a 往来 balance (``plan.ARREARS_LIST_NOTE``).
        MEASURED: ["本期计量金额", "本期计量", "本次计量金额", "本次计量", "本期计量价款", "计量金额", "计量价款",
                   "本期完成计量", "本期应付", "本期应付金额", "本期应付款", "本次应付", "本次应付金额",
                   "本期应支付", "本期应付工程款"],
        # What a 收缴登记表's household owed (应交): no money received, but a row that paid less is
        # a debt the inspector looks for (``rowmap`` warns); in any other payment sheet it is unused.
        DUE: ["应交金额", "应交", "应缴金额", "应缴", "应收金额", "应收", "应交数", "应收数", "应收租金",
              "应交租金", "应缴租金", "应收承包费", "应交承包费", "应缴承包费"],
    },
    "asset": {
        "code": ["资产编号", "资产编码", "资产代码", "固定资产编号", "卡片编号", "卡片号", "~编号"],
        "name": ["资产名称", "固定资产名称", "财产名称", "资产项目", "品名",
                 # 扶贫（衔接）资产 确权登记表 name the asset by what it is: a 光伏电站, a facility.
                 "电站名称", "光伏电站名称", "设施名称", "设备名称", "扶贫资产名称", "项目资产名称",
                 "~名称"],
        "category": ["资产类别", "资产分类", "资产类型", "资产性质", "~类别", "~分类", "~类型",
                     # 清产核资 forms sort assets into 经营性 and 非经营性 and name the column by the two.
                     "经营性/非经营性", "经营性或非经营性", "经营性非经营性"],
        "amount": [
            # An 增减变动表 lists 期初原值, 本期增加, 本期减少 and 期末原值: the asset's value is the last.
            "期末原值", "期末账面原值", "期末账面价值",
            "原值", "资产原值", "账面原值", "固定资产原值", "原价", "入账价值", "账面价值", "价值",
            # What an audit or a 清产核资 settled the value at (``kinds._adjusted_values_first``).
            "调整后原值", "审定原值", "核实原值", "核实后原值", "清查后原值", "调整后价值", "核定原值",
            "购置金额", "购置价格", "购置价", "评估价值",
            # 扶贫资产 registers value an asset by what was invested in it; the investment words are
            # weak, as a project's budget must not make a 工程 register look like assets.
            "资产价值", "形成资产价值", "资产金额", "~总投资", "~投资金额", "~投资额", "~项目总投资", "~金额",
            # 到户类 扶贫资产 (a household's cattle, orchard) are valued by the aid given for them, when no
            # column gives their 原值 (``plan.ASSET_STAND_IN_NOTE``).
            *ASSET_AID_AMOUNTS,
        ],
        "acquired_on": [
            "购置日期", "购置时间", "购建日期", "购建时间", "购进期", "购入日期", "取得日期", "取得时间",
            "建成日期", "建成时间", "入账日期", "启用日期", "登记日期", "形成时间",
            "购置年月", "购建年月", "购入年月", "取得年月", "建成年月", "购置年份", "建成年份", "购买日期",
            "购买时间",
            # 清产核资 forms give the year alone (``cells.date_converter`` reads it as the year's first day).
            "购建年份", "购入年份", "取得年份", "建造年份", "购置年度", "购建年度", "建成年度", "~建设年份",
            # When a 扶贫资产 was formed or a 光伏电站 began to run.
            "形成日期", "资产形成时间", "资产形成日期", "形成资产时间", "形成资产日期", "建成并网时间", "建成并网日期", "并网时间", "并网日期",
            "投运时间", "投运日期", "投入使用时间", "投入使用日期", "交付使用时间", "交付使用日期", "~日期",
            # A built 公益性 扶贫资产 is acquired when its works are accepted: the 竣工验收 date, read only
            # after any 购建/取得 date (weak, as a project list dates its works the same way; see
            # ``plan.ASSET_STAND_IN_NOTE``).
            *ASSET_DONE_DATES,
        ],
        "status": [
            "使用状况", "使用状态", "使用情况", "资产状态", "经营方式", "经营状况", "利用情况", "现状",
            "管理方式", "~状态",
        ],
        "location": ["存放地点", "坐落", "坐落位置", "坐落地点", "所在位置", "存放位置", "放置地点",
                     "位置", "地址", "安装地点", "所在地点", "~建设地点"],
        "custodian": ["保管人", "保管人员", "使用人", "管理人", "责任人", "管理责任人", "使用单位",
                      "使用部门",
                      # Who keeps a 扶贫资产 running (管护, 运维): the one to ask where it is.
                      "管护责任人", "管护人", "管护主体", "管护单位", "管护责任单位", "运维单位", "运营单位",
                      "运维主体", "运营主体"],
        IGNORE: ["规格", "型号", "规格型号", "数量", "计量单位", "单位", "累计折旧", "净值", "账面净值",
                 "资产来源", "取得方式", "面积", "期初原值", "期初账面原值", "年初原值", "本期增加",
                 "本期减少", "本年增加", "本年减少", "本期增加原值", "本期减少原值",
                 "装机容量", "建设规模", "产权归属", "确权对象", "所有权人", "产权单位", "权属"],
    },
    "resource": {
        "code": ["资源编号", "资源编码", "地块编号", "地块编码", "宗地编号", *_LEASED_THING_NUMBERS, "合同编号",
                 # A 产权交易中心's number of the deal (项目编号 QHNCJY-2021-0087): what proves the lease went
                 # through the exchange, and what the exchange's and the village's papers both cite.
                 "项目编号", "交易编号", "挂牌编号", "成交编号",
                 "~编号"],
        "name": [
            "资源名称", "地块名称", "土名", "地名", "地块", "资源", "发包项目", "出租项目", "承包项目",
            "租赁物", "标的", "资源坐落", "物业名称", "物业", "房产名称", "房屋名称", "出租物业",
            # A register of the collective's houses and yards let (房屋场院出租登记簿) names the thing let.
            # (Not 出租标的 or 租赁标的: 标的 is a contract's word, and as exact synonyms they would tip a
            # register of lease contracts, with its 合同总价款 and 签订日期, over to leases.)
            "出租资产", "出租资产名称", "出租物", "出租物名称", "出租房屋", "出租房屋名称",
            "出租资源", "出租场地", "租赁资产", "租赁资产名称", "租赁物名称", "租赁房屋",
            "租赁场地", "发包资源", "发包资产", "车间名称", "扶贫车间名称", "~名称",
            # A 组's register of its ponds and hills names each by its own name (塘名: 大塘, 后背塘).
            "塘名", "塘名称", "鱼塘名称", "山塘名称", "水塘名称", "山林名称", "林地名称", "山场名称", "果园名称",
            # A forest lease names its plot by where it lies: 林地坐落（林班/小班） "22林班4小班".
            "林地坐落", "林地位置", "林班小班", "林班", "小班号", "山林坐落",
        ],
        "category": ["资源类型", "资源类别", "资源分类", "地类", "土地类型", "土地用途", "用途", "物业类型", "交易品种",
                     "物业类别", "房屋类型", "房屋用途", "棚型", "大棚类型", "棚室类型",
                     "~类型", "~类别"],
        "area": [
            "面积", "亩数", "承包面积", "合同面积", "合同总面积", "确权面积", "租赁面积", "发包面积",
            "出租面积", "流转面积", "占地面积", "建筑面积", "面积(亩)",
            # What the land is, before its area: a 草场 register's 草场面积, a forest's 林地面积.
            "草场面积", "草原面积", "牧场面积", "草地面积", "林地面积", "耕地面积", "土地面积", "地块面积",
            "水面面积", "山林面积", "果园面积", "宗地面积",
        ],
        "counterparty": [
            "承包方", "承包人", "承包户", "承包单位", "承包方名称", "承租方", "承租人", "承租单位",
            "受让方", "受让人", "乙方", "经营者", "承包经营者", "承包者", "租户", "流入方", "使用人",
            "承接方", "承接人",
            # Who takes the land in a 土地流转: the 流转对象, 流入方, 转入方 or 受让方 of the register.
            "流转对象", "流入方名称", "流入人", "转入方", "转入方名称", "转入人", "受让方名称", "受让对象",
            "流转受让方", "流转受让人", "承租对象", "承租方名称", "承租企业", "承租企业名称",
        ],
        "amount": [
            "年租金", "年成交价", "年成交金额", "成交价", "成交金额", "成交价格", "中标价", "中标金额", "年承包费", "年承包金", "年承包金额", "每年租金", "年租金额", "年收益", "承包金",
            "承包费", "租金", "承包金额", "承包款", "承包费用",
            # 土地流转 registers call the rent 流转费 (流转费（元/年）), 租赁 registers 租赁费.
            "流转费", "年流转费", "流转费用", "流转金", "流转金额", "流转租金", "流转价款", "土地流转费", "年流转金",
            "租赁费", "年租赁费", "租赁费用", "租赁金额", "年租赁金额", "租赁价款", "发包金额", "年发包金额",
            "发包价款", "租金总额", "承包费总额", "合同金额",
            # Totals over the whole term: read only when no yearly column is filled, and then
            # turned into a yearly rent (see RESOURCE_TOTAL_HEADERS).
            "总租金", "承包金总额", "合同总金额", "总承包费", "总承包金", "承包总金额", "~金额",
        ],
        # The unit of each row's area in a column of its own (亩 | 平方米): a platform export's 计量单位.
        AREA_UNIT: ["计量单位", "面积单位", "面积计量单位", "单位(面积)"],
        # A shop's rent by the month: twelve of them are the yearly rent the field holds.
        MONTHLY_RENT: _MONTHLY_RENTS,
        UNIT_PRICE: ["单价", "每亩租金", "每亩承包费", "亩均租金", "租金单价", "承包单价", "流转价格", "租金标准",
                     "承包费标准"],
        "started_on": [
            "承包起始", "承包起始日期", "承包开始日期", "承包期限起", "租赁开始日期", "起租日期",
            "起始日期", "开始日期", "~起始时间", "~开始时间",
            "租赁起始", "租赁起始日期", "租赁开始", "起租",
            # 农经站 发包台账: 承包起日 | 承包止日, typed as numbers 20190301.
            "承包起日", "承包起始日", "租赁起日", "租赁起始日", "流转起日", "流转起始日期", "流转开始日期",
            "发包起日", "起始日", "开始日", "起",
        ],
        "ended_on": [
            "承包截止", "承包截止日期", "承包到期日", "承包到期日期", "承包终止日期", "承包期限止",
            "租赁到期日期", "截止日期", "到期日期", "结束日期", "终止日期", "到期日", "租赁到期日",
            "~到期时间", "~结束时间",
            "租赁终止", "租赁终止日期", "租赁结束", "租赁结束日期", "承包终止", "止租",
            "承包止日", "承包终止日", "承包截止日", "租赁止日", "租赁终止日", "流转止日", "流转终止日期",
            "流转到期日期", "发包止日", "终止日", "截止日", "止",
        ],
        TERM: [
            "承包起止", "承包起止时间", "承包起止日期", "承包期限", "承包期", "租赁期限", "租赁起止时间",
            "流转期限", "合同期限", "合同起止", "起止时间", "起止日期", "租期", "租赁期", "租赁期间", "承租期限",
            "租期起止", "出租期限", *_LEASE_TERMS, "~期限",
            # A length ("10年", or 10 under a 年限 header): with a start date it gives the end.
            "承包年限", "租赁年限", "流转年限", "承包年数", "租赁年数", "期限(年)", "承包期(年)", "年限",
        ],
        "procurement": ["发包方式", "承包方式", "出租方式", "流转方式", "招标方式", "交易方式", "确定方式",
                        "发包形式", "承包形式", "出租形式", "流转形式", "交易形式"],
        IGNORE: ["四至", "坐落", "位置", "是否进场交易", "交易编号", "身份证号", "联系电话", "押金",
                 "保证金", "已收金额", "欠缴金额"],
    },
    "cadre": {
        "name": ["姓名", "干部姓名", "人员姓名", "村干部姓名", "名字"],
        "position": ["职务", "现任职务", "担任职务", "职位", "岗位", "职务(岗位)", "任职", "分工"],
        "phone": ["联系电话", "电话", "电话号码", "手机", "手机号", "手机号码", "联系方式"],
        "id_no": ["身份证号", "身份证号码", "公民身份号码", "身份证"],
        "relatives": ["近亲属", "近亲属情况", "近亲属姓名", "亲属", "亲属姓名", "亲属关系", "主要亲属",
                      "家庭成员", "家庭主要成员", "配偶及子女", "配偶及子女情况", "直系亲属"],
        IGNORE: ["性别", "年龄", "出生年月", "出生日期", "民族", "学历", "文化程度", "政治面貌",
                 "任职时间", "任职日期", "入党时间", "工作单位",
                 # A 公益岗位 (保洁员, 护林员) is a job paid from the village's funds, no office: no 职务.
                 "公益岗位", "公益性岗位", "公益岗位名称", "公益性岗位名称"],
    },
}

# Weight of each field when deciding a sheet's kind: fields that only one kind
# of table has weigh more than those every table has.
FIELD_WEIGHTS: dict[str, dict[str, float]] = {
    "project": {"name": 3, "code": 1, "type": 1, "contractor": 2, "budget": 2, "amount": 1,
                "funding": 2, "decided_on": 3, "started_on": 2, "finished_on": 2, "status": 1,
                "procurement": 1, TERM: 1},
    "contract": {"code": 2, "title": 3, "counterparty": 2, "amount": 1, "signed_on": 3,
                 "started_on": 1, "ended_on": 1, TERM: 1, "category": 1, "procurement": 1,
                 "project": 1, YEARLY_RENT: 0, MONTHLY_RENT: 0},
    "payment": {"voucher": 3, VOUCHER_WORD: 2, "date": 1, YEAR: 0.5, MONTH: 1, DAY: 1,
                "summary": 2, "account": 2, "direction": 2, "amount": 1, INCOME: 2.5, EXPENSE: 2.5,
                DEBIT: 3, CREDIT: 3, "counterparty": 1, "method": 1, "handler": 1,
                "attachments": 2, "contract": 0.5, "project": 0.5, DUE: 0, MEASURED: 0, INVOICE: 0,
                REVIEW: 0, QUANTITY: 0, PRICE: 0},
    "asset": {"code": 1, "name": 2, "category": 1, "amount": 2, "acquired_on": 3, "status": 1,
              "location": 1, "custodian": 1},
    "resource": {"code": 1, "name": 2, "category": 1, "area": 3, "counterparty": 1.5,
                 "amount": 2, UNIT_PRICE: 1, MONTHLY_RENT: 1.5, "started_on": 1, "ended_on": 1, TERM: 2,
                 "procurement": 1},
    "cadre": {"name": 2, "position": 3, "phone": 2, "id_no": 1.5, "relatives": 3},
}

# Headers of a lease's rent for the whole term, not per year (DESIGN: a resource's amount is its
# 年租金/承包金): such an amount is divided by the term's years, or left empty when they are unknown.
RESOURCE_TOTAL_HEADERS = frozenset({"租金总额", "承包费总额", "总租金", "承包金总额", "合同总金额", "总承包费",
                                    "总承包金", "承包总金额", "租金合计", "总金额"})

WEAK_FACTOR = 0.35
"""How much a weak (generic) synonym counts towards a kind, relative to a strong one."""

# Children of a two-row header that only say "start" or "end" of the parent period.
START_WORDS = frozenset({"起", "始", "起始", "开始", "自", "从", "起日", "起始日", "开始日期", "起始日期",
                         "开始时间", "起始时间", "起租"})
END_WORDS = frozenset({"止", "至", "终", "终止", "截止", "结束", "到期", "止日", "结束日期", "终止日期",
                       "截止日期", "到期日", "到期日期", "结束时间", "截止时间"})
START_FIELD = {"project": "started_on", "contract": "started_on", "resource": "started_on"}
END_FIELD = {"project": "finished_on", "contract": "ended_on", "resource": "ended_on"}
# The 合计 child of a breakdown of a project's money by source (一事一议 "项目资金来源(万元)" over
# 合计 / 财政奖补资金 / 村民筹资 …) is the project's whole investment: its budget, after any column
# that says so itself (总投资). The parts are amounts no field holds; they stay in the raw row, and
# the project's 资金来源 names those with an amount (``importers.plan._funding_parts``).
FUNDING_PARENTS = ("资金来源", "经费来源", "资金渠道", "资金构成", "资金组成", "筹资情况",
                   # 一事一议 tables: "筹资筹劳情况（元）" over 群众筹资 | 投劳折资 | 财政奖补 | 合计.
                   "筹资筹劳情况", "筹资筹劳", "筹资筹劳方案", "资金筹措", "资金筹措情况", "资金筹集情况",
                   "投资构成", "投资来源",
                   # 巩固衔接 项目库: "资金规模（万元）" over 合计 | 衔接资金 | 其他资金.
                   "资金规模", "投资规模", "资金总额", "项目资金", "投资总额",
                   # 乡村振兴局 项目库 (2023 template): "资金规模及来源" over 合计 | 衔接资金 | 其他资金.
                   "规模及来源", "规模及资金来源", "来源及规模", "规模及筹资方式", "规模和来源",
                   # 衔接资金项目实施情况表: "衔接资金（万元）" over 合计 | 中央 | 省级, the project's allotted sum
                   # (its budget where no 总投资 column is read) and the levels that fund it.
                   "衔接资金")
TOTAL_WORDS = frozenset({"合计", "小计", "总计", "合计金额", "总额", "金额合计"})
FUNDING_TOTAL_FIELD = {"project": "budget"}
# Children of a two-row header that only say in which form the parent is written ("合同金额" over
# 小写 / 大写, "合同相对方" over 单位名称 / 联系电话): the column is the parent's field. On their own
# some of them are weak synonyms of another field (单位名称 is a village, 名称 a title).
FORM_WORDS = frozenset({"小写", "大写", "小写金额", "大写金额", "金额小写", "金额大写", "数字", "名称", "全称",
                        "单位名称", "单位全称", "姓名", "名字", "户名", "姓名或名称", "名称或姓名"})
# A sub-column may say its form in a bracket, with the unit its figures are in: "备注金额（大写/万元）"
# under 工程造价 holds the sum in words ("叁拾贰万陆仟元整") or in 万元 ("12.8万元") where 小写 is blank.
# It is the parent's field when its words are only forms and units, one of them 大写 or 小写.
_WRITTEN_FORMS = frozenset({"小写", "大写", "小写金额", "大写金额", "金额小写", "金额大写"})
_MONEY_UNIT_WORDS = frozenset({"元", "万元", "人民币", "人民币元"})
_FORM_SEPARATORS = re.compile(r"[/、,，或及和]")
_MONEY_BASE = re.compile(r"(?:金额|款|价|额)$")
_LAST_RANK = 1_000
# The units a sub-column under a merged 面积 names alone (``values.area_unit_from_text`` reads them).
AREA_UNIT_WORDS = frozenset({"亩", "公顷", "hm2", "hm²", "平方米", "m2", "m²", "㎡", "平米"})
# A 多栏式 journal gives each category of spending (or income) its own column and, often, no
# total column: 日期 | 摘要 | 工程款 | 办公费 | 劳务费 | 其他. These headers name such a category;
# the entry's amount is the sum of its filled category cells (see kinds.assign_columns).
# Words whose side is unclear on their own (租赁费: paid or received?) are left out.
EXPENSE_CATEGORIES = frozenset({
    "工程款", "工程费", "工程支出", "办公费", "办公费用", "劳务费", "劳务款", "水电费", "差旅费", "招待费",
    "会议费", "报刊费", "通讯费", "交通费", "材料费", "材料款", "维修费", "修缮费", "保洁费", "绿化费",
    "运输费", "误工费", "误工补贴", "工资", "报酬", "干部报酬", "福利费", "慰问费", "宣传费", "培训费",
    "燃料费", "印刷费", "设备费", "设备款", "管理费用", "公益支出", "经营支出", "其他支出", "货款",
})
INCOME_CATEGORIES = frozenset({
    "经营收入", "发包收入", "发包及上交收入", "补助收入", "投资收益", "其他收入", "承包费", "承包金",
    "租金收入", "利息收入", "上级补助",
})
# "其他" closing a run of category columns is that run's last category.
OTHER_CATEGORY = frozenset({"其他", "其它"})
# A header with one of these words is no category of one entry but a running or period figure.
NOT_CATEGORY_WORDS = ("合计", "小计", "总计", "累计", "余额", "结余", "结存", "期初", "期末", "上年", "预算")

# --- field codes ---------------------------------------------------------------------------
# A county 三资 platform or a bookkeeping program (财务软件) dumps its tables with the database's field
# codes as headers: pinyin initials (htje 合同金额, pzrq 凭证日期, jfje 借方金额) or English names
# (party_b, annual_rent). Each code here stands for the Chinese header it abbreviates, so that every
# rule about that header applies to it. Only a whole header that is one code is read so (a code never
# matches inside a Chinese header or a longer word); a code's letters alone say too little to read
# it in other ways, and several initials have two readings (jf: 借方 in jfje, 甲方 in jfmc): each
# code is listed whole. Codes of two letters are only those a dump uses for one thing (zy 摘要,
# rq 日期, je 金额, xm 姓名 as every 人员表 writes it); "yf" (乙方 or 月份) and "zj" (租金, 资金 or 总计)
# are left out, and jsrq is a contract's 结束日期 (its 结算日期 is rarer). The code tables' own "dm"/"mc"
# (代码/名称) are left out too: they would make a code table a list of names (``importers.codes`` reads
# those). A "_fen" code holds fen (分): "金额(分)" has its unit read as such.
FIELD_CODES: dict[str, str] = {
    # 凭证 and 日记账 (payment)
    "pzh": "凭证号", "pzbh": "凭证编号", "pzhm": "凭证号码", "pzz": "凭证字", "pzrq": "凭证日期", "jzrq": "记账日期",
    "rq": "日期", "zy": "摘要", "kmdm": "科目代码", "kmbm": "科目编码", "kmmc": "科目名称", "jfje": "借方金额",
    "dfje": "贷方金额", "ye": "余额", "je": "金额", "jine": "金额", "fse": "发生额", "srje": "收入金额",
    "zcje": "支出金额", "szbz": "收支标志", "szfx": "收支方向", "wldw": "往来单位", "dfdw": "对方单位",
    "dfhm": "对方户名", "skdw": "收款单位", "skr": "收款人", "fkdw": "付款单位", "fkr": "付款人", "jsfs": "结算方式",
    "jbr": "经办人", "fjs": "附件数", "fjzs": "附件张数", "lsh": "流水号", "jyrq": "交易日期", "jysj": "交易时间",
    # 合同 (contract)
    "htbh": "合同编号", "htmc": "合同名称", "htlx": "合同类型", "htje": "合同金额", "htje_fen": "合同金额(分)",
    "yfmc": "乙方名称", "yfdw": "乙方单位", "qdrq": "签订日期", "ksrq": "开始日期", "jsrq": "结束日期",
    "zbfs": "招标方式", "cgfs": "采购方式", "zt": "状态", "htlx_dm": "合同类型代码",
    # 项目 (project)
    "xmbh": "项目编号", "xmmc": "项目名称", "xmlx": "项目类型", "zbdw": "中标单位", "sgdw": "施工单位",
    "ysje": "预算金额", "jsje": "结算金额", "zjly": "资金来源", "jcrq": "决策日期", "kgrq": "开工日期",
    "jgrq": "竣工日期", "xmzt": "项目状态", "ztz": "总投资", "xmlx_dm": "项目类型代码",
    # 资产 (asset)
    "zcbm": "资产编码", "zcbh": "资产编号", "zcmc": "资产名称", "zclb": "资产类别", "yz": "原值", "zcyz": "资产原值",
    "zclb_dm": "资产类别代码", "ljzj": "累计折旧", "jz": "净值", "gzrq": "购置日期", "syzk": "使用状况", "bgr": "保管人", "cfdd": "存放地点",
    # 资源 (resource)
    "zymc": "资源名称", "zylx": "资源类型", "zylb": "资源类别", "mj": "面积", "nzj": "年租金", "cbf": "承包方",
    "czf": "承租方",
    # 干部 (cadre)
    "xm": "姓名", "xb": "性别", "zw": "职务", "zw_dm": "职务代码", "lxdh": "联系电话", "sfzh": "身份证号", "rzrq": "任职日期",
    # 村 (any)
    "cun": "村", "cun_mc": "村名称", "cmc": "村名称", "cun_dm": "村代码", "cun_bm": "村编码", "bz": "备注", "xh": "序号",
    # English names of the same fields
    "contract_no": "合同编号", "contract_code": "合同编号", "contract_name": "合同名称", "contract_type": "合同类型",
    "contract_amount": "合同金额", "party_b": "乙方", "sign_date": "签订日期",
    "signed_date": "签订日期", "start_date": "开始日期", "end_date": "结束日期", "tender_mode": "招标方式",
    "project_name": "项目名称", "project_code": "项目编号", "project_type": "项目类型", "contractor": "施工单位",
    "budget": "预算金额", "asset_name": "资产名称", "asset_code": "资产编码", "original_value": "原值",
    "purchase_date": "购置日期", "resource_name": "资源名称", "resource_type": "资源类型", "area": "面积",
    "area_unit": "面积单位", "annual_rent": "年租金", "rent": "租金", "amount": "金额", "amount_yuan": "金额(元)",
    "amount_fen": "金额(分)", "je_fen": "金额(分)", "jine_fen": "金额(分)", "fse_fen": "发生额(分)", "voucher_no": "凭证号",
    "txn_id": "交易流水号", "txn_time": "交易时间", "txn_date": "交易日期", "io_flag": "收支标志",
    "counterparty": "对方单位", "memo": "摘要", "summary": "摘要", "pay_method": "结算方式", "handler": "经办人",
    "village": "村名", "village_name": "村名称", "village_code": "村代码", "remark": "备注", "remarks": "备注",
    "position": "职务", "id_no": "身份证号", "phone": "联系电话",
    # English headers of donor-funded projects' books and platforms' English interfaces. "name" is a
    # person's (a staff list's "Name"): a thing's list names it "Asset Name", "Project Name".
    "signing_date": "签订日期", "date_signed": "签订日期", "lease_no": "合同编号", "resource": "资源名称",
    "lessee": "承租方", "tenant": "承租方", "payee": "收款人", "payer": "付款人", "date": "日期",
    "start": "开始日期", "end": "结束日期", "name": "姓名", "gender": "性别", "mobile": "联系电话",
    "status": "状态", "no": "序号", "procurement_method": "采购方式",
}
"""Field codes of system dumps (lower case) -> the Chinese header each stands for."""

_CODE_TEXT = re.compile(r"[a-z][a-z0-9_-]*")


def _code_key(folded: str) -> str | None:
    """The key of a folded header in the code table ('party_b', 'party-b', 'partyb' -> 'partyb'), None
    for a header that is no code's spelling (any ideograph, a leading digit)."""
    return folded.replace("_", "").replace("-", "") if _CODE_TEXT.fullmatch(folded) else None


# --- normalisation -------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_MARKERS = "*※★☆#:：、.。?"
# An online form numbers its questions ("1、", "3.", "Q2.", "第1题") and words them politely: the number
# and the politeness say nothing of the column's meaning, so they go before any matching.
# A bare number needs its separator and no digit after it: "1.5倍" and "2023.1" are no question numbers.
_QUESTION_NUMBER = re.compile(r"^(?:(?:第\d{1,3}题|q\d{1,3})[、.:)]*|\d{1,3}[、.:)]+(?!\d))")
_FORM_BRACKET = re.compile(r"[(\[【](?:请[^()\[\]【】]*|必填|选填|必答|单选|多选|可多选|单选题|多选题|自动)[)\]】]")
_FORM_WORDING = (("您所在的", "所在"), ("您所在", "所在"), ("您的", ""), ("请填写", ""), ("请输入", ""), ("请选择", ""))
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\]]*)\]|【([^】]*)】|〔([^〕]*)〕|<([^<>]*)>|〈([^〉]*)〉")
_UNIT_TAIL = re.compile(r"(?:单位)?(?:万元|千元|元|亩|平方米|㎡)$")
# A bracket holding nothing but a unit: "(元)", "(单位:万元)", "(亩)".
_UNIT_ONLY = re.compile(r"(?:单位[:：]?)?(?:人民币)?(?:万元|千元|元|亩|平方米|㎡)")


def normalize_header(text: object, *, bilingual: bool = True) -> str:
    """Header text folded for matching: NFKC (full-width -> ASCII), 繁体 as simplified (合同金額 is
    合同金额: ``xuncha.traditional``), no spaces, zero-width characters ("支\u200b出", pasted from a web page) or
    markers; a bilingual header as its known part (``bilingual=False`` only while the word tables that tell
    what is known are built)."""
    if text is None:
        return ""
    value = simplified(unicodedata.normalize("NFKC", without_zero_width(str(text))))
    value = _SPACES.sub("", value).strip(_MARKERS).lower()
    spelled = _CODE_HEADERS.get(_code_key(value) or "")
    if spelled is not None:
        return spelled
    reading = _bilingual_reading(value) if bilingual else None
    if reading is not None:
        return reading
    return _without_form_wording(value)


# A bilingual header (a donor-funded project's book, a county platform's English interface) gives a
# column's name twice: "Date 日期", "Payee/收款方", "Amount (RMB) 金额", "Amount/金额(元)". Its English
# words are the letters outside brackets; a bracket keeps its unit ("面积(sq m)") and a header whose only
# letters are a unit ("面积m2", "金额(rmb)") is no bilingual one.
_LATIN_WORD = re.compile(r"[a-z][a-z0-9.&'’_-]*")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_UNITS = frozenset({"m2", "hm2", "km2", "rmb", "cny", "yuan", "mu", "ha", "sqm", "m", "km", "kg", "t", "id"})
_BILINGUAL_SEPARATORS = "/|-_—·:："
# English words have three letters or more and a vowel: a field code of pinyin initials before the
# Chinese ("rq日期", "xmmc项目", "备注je") is no English part, and such a header stays as written.
_ENGLISH_WORDS = re.compile(r"(?=[a-z]*[aeiouy])[a-z]{3,}")
_ENGLISH_SHORT_WORDS = frozenset({"no", "no."})  # "No./序号", "No. 序号"
_BRACKET_PIECES = re.compile(r"(\([^()]*\)|\[[^\]]*\]|【[^】]*】)")
# Money units glossed in English, folded (no spaces, lower case), as the Chinese unit they mean.
ENGLISH_MONEY_UNITS: dict[str, str] = {
    "rmb": "元", "cny": "元", "yuan": "元", "rmbyuan": "元", "yuanrmb": "元", "¥": "元",
    "10krmb": "万元", "rmb10k": "万元", "10kyuan": "万元", "10,000rmb": "万元", "rmb10,000": "万元",
    "10kcny": "万元", "cny10k": "万元", "10thousandyuan": "万元", "tenthousandyuan": "万元",
}


def _chinese_unit(bracket: str) -> str:
    """A bracket of an English money unit in Chinese ("(rmb)" -> "(元)", "(10krmb)" -> "(万元)"): the
    unit is read from the Chinese word; any other bracket as it is ("(sqm)", "(元)")."""
    unit = ENGLISH_MONEY_UNITS.get(bracket[1:-1])
    return f"({unit})" if unit else bracket


def _bilingual_parts(value: str) -> tuple[str, str, str] | None:
    """(Chinese part, English part, brackets) of a folded bilingual header, or of an English one with a
    bracket ("amount(rmb)"); None for any other header. Both the Chinese part and the brackets keep the
    header's units, an English money unit put in Chinese ("(rmb)" -> "(元)")."""
    pieces = _BRACKET_PIECES.split(value)
    if len(pieces) == 1 and not _HAN.search(value):
        return None
    outside = "".join(piece for piece in pieces if piece[:1] not in "([【")
    english = "".join(_LATIN_WORD.findall(outside)).strip(_BILINGUAL_SEPARATORS + _MARKERS)
    if not (_ENGLISH_WORDS.search(english) or english in _ENGLISH_SHORT_WORDS) or english.strip(".") in _LATIN_UNITS:
        return None
    brackets = "".join(_chinese_unit(piece) for piece in pieces if piece[:1] in "([【")
    chinese = "".join(_chinese_unit(piece) if piece[:1] in "([【" else _LATIN_WORD.sub("", piece) for piece in pieces)
    return chinese.strip(_BILINGUAL_SEPARATORS + _MARKERS), english, brackets


def _bilingual_reading(value: str) -> str | None:
    """The header a bilingual header is read as: its Chinese part when that is a known header (it says
    more than a translation: "Payee/Payer 收付款方"), else its English part when that is a known field
    name, with its brackets ("Amount (RMB)" reads as 金额(元), "Amount（万元）" as 金额(万元)), else None (the
    header stays whole, as before)."""
    parts = _bilingual_parts(value) if value not in _ALL_WORDS else None  # "ip地址" is a word of its own
    if parts is None:
        return None
    chinese, english, brackets = parts
    chinese = _without_form_wording(chinese)
    if _HAN.search(_BRACKETED.sub("", chinese)) and _known_header(chinese):
        return chinese
    spelled = _CODE_HEADERS.get(_code_key(english) or "")
    return spelled + brackets if spelled is not None else None


def _known_header(folded: str) -> bool:
    """Whether a folded header is, or holds, a word of the synonym tables."""
    base = split_brackets(folded)[0]
    return folded in _ALL_WORDS or base in _ALL_WORDS or bool(_ANY_STRONG.search(base))


def spelled_out(text: str) -> str:
    """The Chinese header a field code stands for ('htje' -> '合同金额', 'amount_fen' -> '金额(分)'), else
    the text as it is: for what is read from a header's words besides its field (its unit). A bilingual
    header is its part that is read ('Budget (10k RMB) 预算' -> '(万元)预算')."""
    value = _SPACES.sub("", unicodedata.normalize("NFKC", without_zero_width(text))).strip(_MARKERS).lower()
    spelled = _CODE_SPELLINGS.get(_code_key(value) or "")
    if spelled is not None:
        return spelled
    return _bilingual_reading(simplified(value)) or text


def _without_form_wording(value: str) -> str:
    """'所在村(社区)' from '1、您所在的村(社区)' and '乙方单位名称' from '6、乙方单位名称(请填写全称)'."""
    unnumbered = _QUESTION_NUMBER.sub("", value)
    if not unnumbered:
        return value  # a header that is only a number ("1.") stays what it is
    value = _FORM_BRACKET.sub("", unnumbered)
    for wording, plain in _FORM_WORDING:
        if value.startswith(wording) and len(value) > len(wording):
            value = plain + value[len(wording):]
    return value.strip(_MARKERS)


_CODE_SPELLINGS: dict[str, str] = {code.replace("_", ""): header for code, header in FIELD_CODES.items()}
_CODE_HEADERS: dict[str, str] = {key: _without_form_wording(_SPACES.sub("", unicodedata.normalize("NFKC", header))
                                                         .lower()) for key, header in _CODE_SPELLINGS.items()}
"""FIELD_CODES by ``_code_key``, with each header as written and folded as ``normalize_header`` folds it."""


def split_brackets(normalized: str) -> tuple[str, list[str]]:
    """('合同金额', ['万元']) from '合同金额(万元)'; the bracket contents are hints."""
    hints: list[str] = []

    def keep(match: re.Match[str]) -> str:
        hints.append(next(g for g in match.groups() if g is not None))
        return ""

    base = _BRACKETED.sub(keep, normalized)
    # An unclosed bracket at the end ("金额(元"), common after a line break in the cell.
    for opener in "([【〔":
        if opener in base:
            head, _, tail = base.partition(opener)
            if head:
                hints.append(tail)
                base = head
    if len(base) > 2:
        stripped = _UNIT_TAIL.sub("", base)
        if len(stripped) >= 2:
            base = stripped
    return base.strip(_MARKERS), hints


def header_base(text: object) -> str:
    """A header's words for matching, without its brackets and unit: '合同金额（万元）' -> '合同金额'."""
    return split_brackets(normalize_header(text))[0]


# --- lookup tables -------------------------------------------------------------------------


@dataclass(frozen=True)
class Synonym:
    field: str
    rank: int
    """Position in its field's list: lower is preferred when columns compete."""
    weak: bool


def _build_tables() -> dict[str, dict[str, Synonym]]:
    tables: dict[str, dict[str, Synonym]] = {}
    for kind in KINDS:
        table: dict[str, Synonym] = {}
        specs = dict(_KIND_SYNONYMS[kind])
        for helper, words in _COMMON.items():
            specs[helper] = specs.get(helper, []) + [w for w in words if w.lstrip("~") not in
                                                       _kind_words(kind)]
        for field_name, words in specs.items():
            for rank, word in enumerate(words):
                weak = word.startswith("~")
                key = normalize_header(word.lstrip("~"), bilingual=False)
                if key in table and table[key].field != field_name:
                    continue  # the kind's own list was written first and wins
                table.setdefault(key, Synonym(field_name, rank, weak))
        tables[kind] = table
    return tables


def _kind_words(kind: str) -> set[str]:
    return {w.lstrip("~") for words in _KIND_SYNONYMS[kind].values() for w in words}


TABLES: dict[str, dict[str, Synonym]] = _build_tables()
_CONTAINMENT: dict[str, list[tuple[str, Synonym]]] = {
    # Short known-but-ignored words (单位, 余额) never claim a column by containment;
    # longer ones (联系电话) do, so that "乙方联系电话" is not taken for the 乙方.
    kind: sorted(((word, syn) for word, syn in table.items()
                  if not syn.weak and len(word) >= (4 if syn.field == IGNORE else 2)),
                 key=lambda item: (-len(item[0]), item[1].rank))
    for kind, table in TABLES.items()
}
_ALL_WORDS: frozenset[str] = frozenset(word for table in TABLES.values() for word in table)
_ALL_STRONG: list[str] = sorted({w for kind in KINDS for w, _ in _CONTAINMENT[kind]}, key=len, reverse=True)
# The same words as one pattern: header detection asks of every cell whether it holds any of them, and
# a loop over some 1,700 words cost seconds on a sheet of many distinct cells (16,384 columns).
_ANY_STRONG = re.compile("|".join(map(re.escape, _ALL_STRONG)))
# Per kind, whether a header holds any contained word at all: most cells of a wide sheet hold none, and
# ``match_text`` then skips its loop over the words (which keeps their order of precedence).
_ANY_CONTAINED = {kind: re.compile("|".join(map(re.escape, (word for word, _ in _CONTAINMENT[kind])))) for kind in KINDS}


def kind_fields(kind: str) -> list[str]:
    """Canonical fields of a kind followed by the helper fields it accepts."""
    return [spec.name for spec in KIND_FIELDS[kind]] + sorted(KIND_HELPERS[kind])


def field_label(kind: str, name: str) -> str:
    for spec in KIND_FIELDS.get(kind, ()):
        if spec.name == name:
            return spec.label
    return HELPER_FIELDS.get(name, name)


# --- matching ----------------------------------------------------------------------------------

EXACT, BRACKETLESS, JOINED, CONTAINED = 4, 3, 3, 1
"""Match qualities, best first."""

# A header ending in a party noun names who, not which way, how much or when: "收/付款人" contains
# the direction word 收/付 but holds names, so containment must not make it a direction column.
_PARTY_TAIL = re.compile(r"(?:人|单位|单位名称|方|对象|户名|姓名)$")
# Nor is a header ending in a word for text ("支出事项", "收入内容") an amount: it says what was paid.
_TEXT_TAIL = re.compile(r"(?:事项|内容|说明|用途|摘要|事由|原因|情况|名称)$")
# A header ending in a role word names a role, wherever it was held: "经济合作社职务" is no village.
_ROLE_TAIL = re.compile(r"(?:职务|职位)$")
# Nor does a header that counts villages or people (涉及村数, 受益村民人数, 受益村户数) or gives their money
# (受益村收益金额): it holds numbers.
_COUNT_TAIL = re.compile(r"(?:数|数量|人口|户|收入|收益|金额|资金)$|村民")
_VALUE_FIELDS = frozenset({"direction", "amount", "budget", "area", "date", "signed_on", "started_on", "ended_on",
                           "finished_on", "decided_on", "acquired_on", INCOME, EXPENSE, DEBIT, CREDIT, YEAR, MONTH,
                           DAY, TERM, UNIT_PRICE})
# Nor is a header ending in a number word a party, whatever party word it contains: "商户订单号",
# "商户单号", "商户号" hold a merchant portal's order or merchant numbers, never who paid or was paid.
_NUMBER_TAIL = re.compile(r"(?:号|号码|编号|编码|代码|ID)$", re.IGNORECASE)
_NAME_FIELDS = frozenset({"counterparty", "contractor", "custodian", "handler"})


@dataclass(frozen=True)
class HeaderMatch:
    field: str
    quality: int
    rank: int
    weak: bool


@lru_cache(maxsize=8192)
def match_text(text: str, kind: str) -> HeaderMatch | None:
    """The field a single-level header names in a kind, or None."""
    normalized = normalize_header(text)
    if not normalized:
        return None
    table = TABLES[kind]
    found = table.get(normalized)
    if found is not None:
        return _adjust(HeaderMatch(found.field, EXACT, found.rank, found.weak), [], kind)
    base, hints = split_brackets(normalized)
    hints += _per_area_prefix(base)
    explained = _explained_by_bracket(base, hints, table)
    if explained is not None:
        return explained
    found = table.get(base)
    if found is not None:
        # A bracket that only names the unit ('中标价(元)') says nothing about the column's meaning
        # (the unit is read separately): it must not let '结算价' beside it win as the better match.
        quality = EXACT if hints and all(_UNIT_ONLY.fullmatch(hint) for hint in hints) else BRACKETLESS
        return _adjust(HeaderMatch(found.field, quality, found.rank, found.weak), hints, kind)
    party = _party_named_in_bracket(base, hints, table)
    if party is not None:
        return party
    if 2 <= len(base) <= 24 and _ANY_CONTAINED[kind].search(base):
        for word, syn in _CONTAINMENT[kind]:
            if word in base and not (syn.field in _VALUE_FIELDS and _names_no_value(base)) \
                    and not (syn.field in _NAME_FIELDS and names_a_number(base)) \
                    and not (syn.field == VILLAGE and (_ROLE_TAIL.search(base) or _COUNT_TAIL.search(base))):
                return _adjust(_term_end(HeaderMatch(syn.field, CONTAINED, syn.rank, False), base, word, kind),
                               hints, kind)
    side = category_side(base) if kind == "payment" else None
    if side is not None:
        return HeaderMatch(side, CONTAINED, _LAST_RANK, False)
    return None


# Headers too generic to say what a column holds when a bracket beside them does: "项目（摘要）" in a
# 公开 table is the entry's description, not a project.
_GENERIC_BASES = frozenset({"项目", "内容", "事项", "名称"})


# A price per unit of area written before the word it qualifies, not in a bracket: "每公顷承包费（元）",
# "亩均租金", "每平方米租金".
_PER_AREA_PREFIX = re.compile(r"^(?:每|单位)(亩|公顷|平方米|平米|㎡|m2|间)|^(亩|公顷)均")


def _per_area_prefix(base: str) -> list[str]:
    """The hint '/公顷' for "每公顷承包费", as a bracket "(元/公顷)" would give it; [] for other headers."""
    match = _PER_AREA_PREFIX.match(base)
    return [f"/{match.group(1) or match.group(2)}"] if match else []


def names_a_number(text: object) -> bool:
    """Whether a header names a number (商户订单号, 交易单号, 商户号), which is no one's name."""
    return bool(_NUMBER_TAIL.search(header_base(text)))


def _names_no_value(base: str) -> bool:
    """Whether a header names a party or a text ("收/付款人", "支出事项"), whatever value word it contains."""
    return bool(_PARTY_TAIL.search(base) or _TEXT_TAIL.search(base))


def _explained_by_bracket(base: str, hints: list[str], table: dict[str, Synonym]) -> HeaderMatch | None:
    """The field a bracket names when the header before it is generic ("项目（摘要）" -> 摘要)."""
    if base not in _GENERIC_BASES or len(hints) != 1:
        return None
    found = table.get(hints[0])
    if found is None or found.field == IGNORE or found.weak:
        return None
    return HeaderMatch(found.field, BRACKETLESS, found.rank, False)


def _party_named_in_bracket(base: str, hints: list[str], table: dict[str, Synonym]) -> HeaderMatch | None:
    """The other party for a person or body the synonyms do not know, whose bracket says that it is
    the party ("签收人（收款人）", "具名人（领款单位）"): the bracket explains the audit form's word."""
    if not _PARTY_TAIL.search(base) or len(hints) != 1:
        return None
    found = table.get(hints[0])
    if found is None or found.field != "counterparty" or found.weak:
        return None
    return HeaderMatch(found.field, BRACKETLESS, found.rank, False)


def _term_end(match: HeaderMatch, base: str, word: str, kind: str) -> HeaderMatch:
    """A term's start or end for a term word followed by 开始 / 结束 ("租期结束", "承包期限截止"), which
    containment alone would read as the whole term."""
    if match.field != TERM or kind not in START_FIELD or not base.startswith(word):
        return match
    rest = base[len(word):]
    if rest in START_WORDS:
        return HeaderMatch(START_FIELD[kind], CONTAINED, 0, False)
    if rest in END_WORDS:
        return HeaderMatch(END_FIELD[kind], CONTAINED, 0, False)
    return match


def category_side(text: str) -> str | None:
    """INCOME or EXPENSE for a header that names a category of one journal entry (工程款,
    经营收入), None otherwise. Only a loose match: a real 收入/支出 column always beats it."""
    base = split_brackets(normalize_header(text))[0]
    if any(word in base for word in NOT_CATEGORY_WORDS):
        return None
    if base in EXPENSE_CATEGORIES:
        return EXPENSE
    if base in INCOME_CATEGORIES:
        return INCOME
    return None


def is_category_header(text: str) -> bool:
    """Whether a header loosely matched to 收入/支出 can be one category of an entry: not a
    running or period figure (本年累计收入, 收入预算)."""
    base = split_brackets(normalize_header(text))[0]
    return not any(word in base for word in NOT_CATEGORY_WORDS)


def _adjust(match: HeaderMatch, hints: list[str], kind: str) -> HeaderMatch:
    """Apply what a bracket says: '(支出)' makes a debit/credit/amount column an expense,
    '(元/亩)' makes a rent column a unit price."""
    joined = "".join(hints)
    if not joined:
        return match
    if match.field == TERM and kind in START_FIELD and (joined in START_WORDS or joined in END_WORDS):
        # '合同期限（起）' / '合同期限（止）' (often with a line break before the bracket): the start or the
        # end of the term, as 合同期限 over 起 | 止 in a two-row header; the range parser would read
        # each cell as a start only.
        wanted = START_FIELD[kind] if joined in START_WORDS else END_FIELD[kind]
        return HeaderMatch(wanted, match.quality, 0, False)
    if kind == "payment" and match.field in (DEBIT, CREDIT, "amount", INCOME, EXPENSE):
        if "收入" in joined or joined in ("收", "收款", "存入"):
            return HeaderMatch(INCOME, match.quality, match.rank, match.weak)
        if "支出" in joined or joined in ("支", "付", "付款", "付出", "支取"):
            return HeaderMatch(EXPENSE, match.quality, match.rank, match.weak)
    if match.field in ("amount", "budget", UNIT_PRICE, MONTHLY_RENT, YEARLY_RENT, PRICE) and \
            re.search(r"/(?:亩|公顷|平方米|平米|㎡|m2|间|人)|每亩|每公顷", joined):
        # Only a price per 亩 (or 公顷) and year gives the rent with the area; one per ㎡ or per month
        # stays in the raw row rather than give a rent 667 or 12 times too small ('月租金（元/㎡）' is a
        # rate, not a shop's rent).
        per_field_year = ("亩" in joined or "公顷" in joined) and "月" not in joined
        return HeaderMatch(UNIT_PRICE if kind == "resource" and per_field_year else IGNORE, match.quality,
                           match.rank, match.weak)
    if kind == "resource" and match.field == "amount" and re.search(r"元/月|/月$|每月", joined):
        return HeaderMatch(MONTHLY_RENT, match.quality, match.rank, match.weak)
    return match


@lru_cache(maxsize=8192)
def match_column(parent: str, child: str, kind: str) -> HeaderMatch | None:
    """The field of a (possibly two-level) header: parent '' for a one-row header."""
    parent_n, child_n = normalize_header(parent), normalize_header(child)
    if not parent_n or parent_n == child_n:
        return match_text(child, kind)
    if not child_n:
        return match_text(parent, kind)
    parent_base = split_brackets(parent_n)[0]
    child_base = split_brackets(child_n)[0]
    if child_base in TOTAL_WORDS and kind in FUNDING_TOTAL_FIELD and parent_base.endswith(FUNDING_PARENTS):
        return HeaderMatch(FUNDING_TOTAL_FIELD[kind], JOINED, _LAST_RANK, False)
    if child_base in TOTAL_WORDS:
        # "项目总投资（元）" over 合计 | 财政奖补 | 群众筹资: the 合计 is the parent's amount, the rest its parts;
        # "草场面积（亩）" over 合计 | 其中：冬春草场 | 夏秋草场: the 合计 is the area.
        parent_match = match_text(parent, kind)
        if parent_match is not None and parent_match.quality >= BRACKETLESS \
                and parent_match.field in ("budget", "amount", "area"):
            return HeaderMatch(parent_match.field, JOINED, parent_match.rank, False)
    joined = match_text(parent_base + child_n, kind)
    if joined is not None and joined.quality >= BRACKETLESS:
        return joined
    # A joined text found only by containment ("资金来源"+"财政奖补资金") would map the
    # parts of a breakdown to the whole; only the child may be matched loosely.
    if child_base in START_WORDS or child_base in END_WORDS:
        parent_match = match_text(parent, kind)
        if kind in START_FIELD and (parent_match is None or parent_match.field in
                                    (TERM, START_FIELD[kind], END_FIELD[kind], IGNORE)):
            wanted = START_FIELD[kind] if child_base in START_WORDS else END_FIELD[kind]
            return HeaderMatch(wanted, JOINED, 0, False)
    if child_base in AREA_UNIT_WORDS:
        # 面积 merged over 亩 | 公顷 (one filled per row): each sub-column is the area in its unit,
        # the first a row fills is read (``rowmap`` warns when both are filled and disagree).
        parent_match = match_text(parent, kind)
        if parent_match is not None and parent_match.field == "area" and parent_match.quality >= BRACKETLESS:
            return HeaderMatch("area", JOINED, parent_match.rank, parent_match.weak)
    if child_base in FORM_WORDS or _names_written_form(child_n):
        parent_match = match_text(parent, kind)
        if parent_match is not None and parent_match.field != IGNORE:
            return HeaderMatch(parent_match.field, JOINED, parent_match.rank, parent_match.weak)
    child_match = match_text(child, kind)
    if child_match is not None and child_match.quality >= BRACKETLESS:
        return _adjust(child_match, split_brackets(parent_n)[1], kind)
    if child_match is None and kind == "payment" and child_base in OTHER_CATEGORY:
        # 收入 over 经营收入 | 补助收入 | 其他: the 其他 is the side's last category.
        parent_match = match_text(parent, kind)
        if parent_match is not None and parent_match.field in (INCOME, EXPENSE) \
                and parent_match.quality >= BRACKETLESS:
            return HeaderMatch(parent_match.field, CONTAINED, _LAST_RANK, False)
    return child_match


def _names_written_form(child_n: str) -> bool:
    """Whether a sub-column's header says only in which form and unit its parent's sum is written:
    "备注金额（大写/万元）", "大写/万元", "金额（小写）". Its other words (备注金额, 金额) name no field
    of their own under a parent that names the sum."""
    base, hints = split_brackets(child_n)
    if hints and base and not _MONEY_BASE.search(base):
        return False  # "联系电话（大写）" is no form of a sum
    words = [word for text in (hints or [base]) for word in _FORM_SEPARATORS.split(text) if word]
    return any(word in _WRITTEN_FORMS for word in words) \
        and all(word in _WRITTEN_FORMS or word in _MONEY_UNIT_WORDS for word in words)


def header_cell_score(text: object) -> float:
    """How much a cell looks like a column header of any kind (header-row detection)."""
    if not isinstance(text, str):
        return 0.0
    return _header_cell_score(text)


@lru_cache(maxsize=16384)
def _header_cell_score(text: str) -> float:
    normalized = normalize_header(text)
    if not normalized or len(normalized) > 30:
        return 0.0
    if normalized in _ALL_WORDS:
        return 1.0
    base = split_brackets(normalized)[0]
    if base in _ALL_WORDS:
        return 1.0
    if len(base) <= 16 and _ANY_STRONG.search(base):
        return 0.5
    return 0.0
