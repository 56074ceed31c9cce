"""Reads the person a 摘要 names as the payee or payer, when no column of the sheet names one.

A village cash book often writes who was paid only in the 摘要, and for work, wages, rents and
承包费 that is a person: "付李小平2月保洁工资", "收到沈国良茶园承包款". An inspector reads these
names at a glance; without them a payment has no counterparty, and the rules that compare payees
with cadres and their relatives see only the 摘要.

A name is taken only where the 摘要's shape fences it in:

- in a bracket of its own, or after the body it works for: "收鱼塘承包费（罗志强）", "付修机耕道工钱（黄国平等5人）",
  "（王二牛6月）", "（废品收购站孟宪华）";
- after a role: "付保洁员赵秀兰1月份工资", "付电工杨小兵抽水机维修费", "春节慰问五保户谭桂英";
- written last, after a space, after 给 or after a closing bracket: "收北岗子旧房出售款 张国庆", "…采购款给玉应",
  "收民宿保底金（尾款）吴晓燕";
- right after the verb (and a hamlet: "付王家屯王德友清雪工钱"), and then only when the words
  after it are those of a payment's purpose ("劳务费", "承包费", "交", a digit): "付岩温光伏板清洗劳务费"
  is 岩温, "付方志强路灯安装款" is 方志强;
- first, as the doer of a 往来 entry: "高俊生借支差旅费", "高俊生交回借款".

A Uyghur name is fenced in by its middle dot ("付阿布都·克里木 拉运费", "收买买提·吐尔逊交巴扎摊位费"; typed
as ".", "•" or "・" too), its parts written in the characters such names are transliterated with. A
Tibetan name has no surname: it is read as its syllables (扎西多吉, 才让卓玛, 索南措, 洛桑), right after the
verb, a role or a space.

The name starts with a common surname, the head of a Dai name (岩温, 玉香, 罕保, 刀正明) or a Yi clan
name (吉克伍沙, 沙马木呷: two characters and two, four in all),
and is not a common word that starts like one (路灯, 玉米, 石料, 文化…), a place (鲍家岭), or a
group ("村干部"). Where two names are written ("张三、李四") none is taken. The sheet's note names the
rows read so, for the inspector to check (``RowMapper.books_party_note``).

A name that looks like a common word (杨树森 opens with 杨树, poplar) is not read so: "付杨树林承包费" rents
a grove. It is read only where the same books name that very person as a party in a column of their own
(the bank journal's 对方户名 beside the cash book: ``known_person``), right after the verb and before the
words of a purpose, as any name there is.
"""

from __future__ import annotations

import re

from importers.parties import LEND_VERBS, PAY_VERBS
from xuncha.names import DOUBLE_SURNAMES, SINGLE_SURNAMES

# Dai and Hani given names are written without a surname: 岩 and 玉 (men and women of the Dai), 罕,
# 刀 (an old noble family), 依, 咪, 扎, 娜.
_NAME_HEADS = frozenset(SINGLE_SURNAMES) | frozenset("岩罕刀依咪扎娜")
# The clan names that open a Yi person's name (吉克伍沙, 阿苦日哈, 沙马木呷), of two characters, with a
# given name of two: four characters in all, where a Han name has three.
_YI_CLANS = frozenset({
    "吉克", "阿苦", "海来", "俄木", "曲比", "吉木", "马海", "勒格", "阿皮", "日色", "阿说", "沙马", "吉伍", "阿西",
    "阿约", "阿尔", "的日", "瓦扎", "依火", "立色", "勒尔", "俄的", "加拉", "阿克", "吉吉", "拉马", "阿力", "吉尔",
    "沙玛", "海乃", "曲木", "阿侯", "马黑", "瓦其", "莫色", "阿牛", "吉史", "安拉", "苏呷", "俄比", "阿吉", "吉布",
    "阿的", "巴莫", "阿火", "罗洪", "阿鲁", "木苦", "吉子", "井曲", "比曲", "阿合", "金古", "格吉",
})
# The syllables of Tibetan names as they are written in characters (扎西多吉 is 扎西 and 多吉): a name is
# one or two of them, perhaps with a last syllable of one character (索南措, 拉毛吉).
_TIBETAN_SYLLABLES = frozenset({
    "扎西", "多吉", "多杰", "卓玛", "才让", "索南", "拉毛", "旦正", "洛桑", "尼玛", "次仁", "达瓦", "平措", "彭措",
    "德吉", "央金", "巴桑", "普布", "顿珠", "贡布", "丹增", "益西", "桑杰", "尕藏", "更登", "南杰", "才旦", "完玛",
    "万玛", "加措", "华旦", "吉毛", "拉姆", "措姆", "白玛", "琼达", "次旦", "边巴", "米玛", "拉巴", "旺堆", "旦增",
    "曲珍", "卓嘎", "德央", "旺姆", "久美", "尖措", "仁增", "仁青", "罗布", "强巴", "群培", "朗杰", "阿旺", "索朗",
    "扎巴", "才仁", "当周", "南措", "卓尕", "拉措", "仁欠", "先巴", "昂秀", "才项", "多旦", "切吉", "格桑", "吉美",
    "贡保", "公保", "斗格", "尕让", "才华", "拉旦", "东智", "周加", "完德", "华青", "更藏", "夏吾", "闹吾", "吉太",
})
_TIBETAN_LAST = frozenset("措吉加杰毛姆草本太卓")
# Words that open with a Tibetan syllable and are no name: 格桑花 is a flower.
_TIBETAN_WORDS = frozenset({"格桑花"})
# The characters Uyghur names are transliterated with (阿不都热合曼·买买提, 古丽努尔·艾力, 吐尔洪•买买提):
# a name's parts on either side of its dot run over these and stop at the 摘要's own words.
_UYGHUR_CHARS = frozenset(
    "阿不布都热合曼买麦提吐尔逊古丽努艾力克里木依明江地库班吾斯帕守托洪肯拉孜亚尼沙米娜汗再排卡哈尤苏玉素衣乃伊"
    "西甫夏普图然加别赛迪丁萨比巴格扎则祖赫穆罕默德玛凯塔耶希其奇达坎约瓦纳莱蒂安海恰胡宰乌伯马帕孜拜"
    "吉扎姆莎妮尕革吾热衣茹鲁阿")
_NAME_DOTS = "·•.・．‧"
_DOTTED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,8}}[{_NAME_DOTS}][\u4e00-\u9fff]{{1,8}}")
# Characters that end or interrupt a name in a 摘要: the money words, particles, a place's or a
# body's end. A given name of 村 or 款 is possible but far rarer than the word that follows a name.
_NOT_IN_GIVEN_NAME = frozenset("款费给及和与的为向从由把交缴付收到在等某牌省市县区州旗村组镇乡屯庄寨坪湾堡畈园桥队社部局所处厂店场站院委会司位度")
# A two-character "name" ending in a lie of the land is a place: 南洼, 南坡, 东岗.
_TERRAIN = frozenset("坡洼湖岗坝塘沟岭山河湾滩洲垄冲坳")
# What ends a family's hamlet after its 家: 王家屯, 李家坪, 张家口, 刘家峁, 赵家营, 杨家台, 冯家窑 …
_FAMILY_PLACE_ENDS = _TERRAIN | _NOT_IN_GIVEN_NAME | frozenset("口峁营集台嘴咀垸渠巷埠岙窑角墩汇峪庙寺祠楼井田地林坊圩溪港崖坨梁塬坎垭铺")
# Words that start with a surname's character and are no person ("付路灯维修费", "购玉米种子").
_COMMON_WORDS = frozenset({
    "路灯", "路面", "路基", "路口", "文化", "文具", "文印", "安装", "安全", "安置", "高压", "高标", "石料", "石子", "石材", "石方", "黄沙", "玉米", "包装",
    "包干", "方便", "林木", "林地", "林业", "林权", "杨树", "柳树", "田地", "田间", "田埂", "牛羊", "马路", "金额", "车辆", "车费", "公共", "公益", "公路",
    "公厕", "公告", "公示", "平整", "平台", "管护", "管道", "管理", "江堤", "龙头", "洪水", "秋季", "夏季", "冬季", "武装", "宣传", "明细", "全年", "毛竹",
    "花木", "花卉", "花坛", "苗木", "谷物", "米面", "麦种", "党建", "党员", "党费", "国庆", "冷库", "柏油", "商品", "商铺", "边沟", "师傅", "解决", "农药",
    "农资", "农机", "农户", "农业", "农民", "农田", "卫生", "信用", "门卫", "门面", "门市", "印刷", "展板", "常规", "施工", "计生", "房租", "房屋", "项目",
    "利息", "元旦", "植树", "居民", "干部", "应付", "应收", "单位", "季度", "原材", "代办", "代缴", "代收", "代付", "钱款", "水泥", "沙石", "砂石", "鱼塘",
    "鱼苗", "山林", "山塘", "茶园", "茶叶", "桑园", "果园", "程序", "盛夏", "初期", "初步", "伙食", "餐费", "雷锋", "易地", "和谐", "和美", "乡村", "郑重",
    "蒋村", "史料", "宋体", "孔洞", "祝贺", "符合", "霍乱", "严重", "华联", "蓝天", "景观", "连廊", "连片", "席位", "晏会", "甘蔗", "柴油", "燕麦", "古树",
    "葛根", "杜仲", "桂花", "梅花", "兰花", "牛棚", "羊圈", "羊场", "猪场", "鸡舍", "马棚", "庄稼", "巩固", "韦氏", "邮费", "华为", "移动", "联通", "电信",
    "沿线", "洪灾", "曲线", "成本", "成品", "成立", "明年", "时间", "时段", "宁夏", "海报", "云南", "贵州", "广西", "湖南", "湖北", "江西", "江苏", "浙江",
    "安徽", "山东", "河南", "河北", "四川", "重庆", "陕西", "甘肃", "青海", "西藏", "新疆", "吉林", "黑龙", "辽宁", "福建", "广东", "海南", "内蒙", "山西",
    "上海", "北京", "天津", "东湖", "南河", "西河", "北河", "东河", "阳光", "温室", "温棚", "关于", "齐全", "伍佰", "万元", "百元", "千元", "全体", "全村",
    "全组", "全镇", "全部", "共计", "向阳", "于是", "任务", "余额", "余款", "尾款", "党组", "蓄水", "池塘", "池子", "闸门", "闭路", "封山", "谈判", "支出",
    "支部", "支援", "国道", "国土", "曾经", "刀具", "玉石", "娜塔", "咪表", "依法", "依据", "扎带", "扎染", "岩石", "罕见", "华润", "苏宁", "国美", "万达",
    "扎篱", "扎制", "扎花", "公务", "平方", "农商", "乌苏", "乌兰", "巴音", "巴彦", "锡林", "呼和", "阿拉", "全称", "修改", "修正", "修订", "关系", "原件",
    "原因", "安居", "成员", "文本", "植保", "门牌", "路径", "公顷", "农房", "南区", "古桥", "周日", "周末", "周年", "杭州", "鲁班", "戴帽", "幸福", "富民",
    "富硒", "来料", "来年", "都市", "普通", "普查", "浦东", "戈壁", "伏天", "鹿场", "薄膜", "羊毛", "阿里", "乌鸡", "母猪", "修建", "修理", "修缮", "修路",
    "修复", "修补", "况且", "那里", "宿舍", "鲜果", "印章", "战略", "慕课", "危房", "银行", "亢旱", "公司", "哈密", "湛江", "宾馆", "勾缝", "茅草", "利润",
    "揭牌", "干旱", "尉犁", "冶炼", "斯诺", "元件", "束带", "檀木", "衣物", "信息", "展示", "阴沟", "智能", "幸运", "奉献", "植被", "衡器", "富裕", "尧都",
    "闭环", "由于", "区域", "区间", "强降", "帅气", "屠宰", "豆腐", "朴素", "盖章", "练习", "廉政", "禹州", "井盖", "井房", "祖坟", "漆料", "巴士", "丰收",
    "卿云", "狄青", "平安", "计算", "索道", "宣讲", "晋升", "相关", "初中", "门窗", "云梯", "容器", "敬老", "来往", "芮城", "都江", "阙里", "鲜花", "隆重",
    "茹素", "诸暨", "战备", "危险", "玉溪", "银杏", "白灰", "白蚁", "白条", "黄牛", "黄豆", "金属", "金融", "钢材", "铁丝", "方木", "方管", "钱塘", "孙子",
    "包谷", "包车", "包工", "包片", "包村", "包组", "管网", "管材", "管线", "房顶", "房产", "梁柱", "梁子", "汤锅", "游客", "游园", "辛苦", "柴火", "蒙古",
    "鲍鱼", "华侨", "祁门", "蒲草", "滕州", "屈原", "饶平", "艾草", "尤其", "阳台", "时令", "穆斯", "司机", "卓越", "古建", "吉祥", "简易", "简报", "车库",
    "车棚", "项链", "芦苇", "麦子", "麦收", "娄底", "景区", "景点", "党群", "宫灯", "费用", "卜卦", "冷藏", "冷冻", "席子", "卫星", "米线", "柏树", "宗祠",
    "宗族", "桂圆", "应急", "应用", "师生", "和平", "商会", "商户", "沙发", "沙子", "沙土", "荣誉", "巫山", "桑葚", "桑蚕", "甄别", "丛林", "仲裁", "虞山",
    "敖包", "巩义", "明渠", "佘山", "池州", "查询", "查验", "麻将", "迟到", "官方", "封面", "谈话", "匡算", "惠民", "荆州", "乐器", "冀中", "郁金", "胥口",
    "南瓜", "南方", "班子", "班车", "储备", "储蓄", "原始", "原值", "栗子", "燕窝", "楚雄", "皮卡", "皮带", "粟米", "楼梯", "楼顶", "楼房", "盘点", "盘山",
    "满意", "闻名", "位置", "厉行", "伊犁", "海鲜", "海产", "花草", "花生", "花椒", "权属", "权证", "强化", "屠户", "豆角", "盖板", "廉租", "禹王", "祖屋",
    "漆树", "巴山", "丰产", "支架", "支撑", "国有", "平房", "平板", "计量", "计划", "索赔", "宣纸", "晋中", "相片", "初级", "门口", "门头", "云杉", "容量",
    "敬礼", "来访", "都匀", "普洱", "浦江", "伏羲", "鹿茸", "薄荷", "雍正", "羊肉", "阿胶", "乌龙", "母亲", "裘皮", "赫章", "杭白", "那曲", "宿迁", "鲜奶",
    "印尼", "隆回", "诸城", "战士", "危楼", "玉兰", "银耳", "公交", "公墓", "哈尔", "宾客", "戎装", "勾兑", "茅台", "利民", "居委", "揭阳", "干渠", "干粮",
    "但是", "冶金", "元宵", "檀香", "衣柜", "信封", "展览", "阴雨", "智慧", "奉节", "植物", "衡阳", "由此", "朱砂", "胡椒", "胡子", "何时", "高速", "高温",
    "高档", "罗汉", "郑州", "谢礼", "许可", "韩国", "田园", "董事", "余粮", "杜鹃", "叶子", "程控", "苏州", "吕梁", "丁字", "任期", "沈阳", "姜片", "钟表",
    "陆地", "陆续", "范围", "金银", "石灰", "石板", "石桥", "夏收", "付款", "付清", "方案", "方式", "白菜", "白酒", "孟春", "熊猫", "秦岭", "江堰", "江河",
    "段落", "雷雨", "龙眼", "龙虾", "陶瓷", "黎明", "贺礼", "顾问", "毛坯", "毛巾", "邵阳", "钱币", "严格", "武汉", "向日", "汤圆", "常年", "常务", "温度",
    "康复", "施肥", "文件", "牛奶", "牛肉", "邢台", "安排", "齐鲁", "易拉", "乔木", "颜料", "庄园", "章程", "岳阳", "申请", "申报", "欧式", "关键", "兰州",
    "焦炭", "左右", "柳州", "祝福", "包括", "宁波", "尚未", "舒适", "纪念", "纪检", "纪律", "梅雨", "童装", "凌晨", "毕业", "单据", "季节", "涂料", "涂刷",
    "成都", "苗圃", "谷子", "曲靖", "骆驼", "蓝莓", "路费", "路段", "游泳", "管子", "柴胡", "祁连", "蒲公", "房间", "解放", "时候", "农贸", "司法", "简单",
    "车间", "连接", "芦笋", "劳务", "劳动", "麦秸", "秸秆",
})
# A hamlet or team written before the person: "王家屯", "后屯", "孙家店", "李家窝棚", "三组".
_HAMLET = r"[\u4e00-\u9fff]{1,4}?(?:屯|村|组|庄|营|店|堡|寨|窝棚|沟|岗|湾|坪|铺)"
# Roles a 摘要 writes before a person's name.
_ROLES = tuple(sorted({
    "保洁员", "保洁工", "清洁工", "环卫工", "护林员", "护路员", "网格员", "水管员", "放水员", "巡河员", "看护员", "管理员",
    "管护员", "监督员", "信息员", "联络员", "报账员", "炊事员", "安全员", "保安", "电工", "司机", "机手", "厨师", "木工",
    "瓦工", "泥瓦工", "焊工", "村医", "医生", "教师", "代课教师", "组长", "小组长", "队长", "会计", "出纳", "文书",
    "书记", "主任", "委员", "监委会主任", "妇女主任", "村主任", "村书记", "村会计", "村支书", "村文书", "村医生", "副主任",
    "副书记", "支书", "运输队长", "村民", "农户", "户主", "社员", "党员", "老党员", "五保户",
    "困难户", "低保户", "贫困户", "脱贫户", "监测户", "残疾人", "承包户", "承包人", "承租人", "租户", "个体户", "师傅", "临时工", "雇工", "零工",
    "村民小组长", "村干部", "乡贤", "侨胞", "驻村工作队", "工作队员", "驻村干部", "第一书记", "驻村第一书记", "卫生保洁员", "村保洁员", "村卫生保洁员",
    "环卫保洁员",
}, key=len, reverse=True))
# The words of a payment's purpose that follow a name right after the verb ("付李小平2月保洁工资"),
# and the verbs of a villager paying in ("收王新民交…承包费").
_PURPOSE_WORDS = tuple(sorted({
    # What money lent is for: "借给王德明周转金", "出借村报账员周海涛备用金".
    "周转", "备用金", "个人借款",
    "劳务", "工资", "工钱", "工费", "人工", "误工", "补贴", "补助", "报酬", "酬劳", "奖励", "奖金", "慰问", "台班",
    "机械", "挖机", "铲车", "运费", "运输", "拉运", "拉土", "拉沙", "清理", "清洗", "清运", "清淤", "清扫", "清雪",
    "除草", "保洁", "护林", "看护", "巡河", "巡山", "巡查", "管护", "值班", "加班", "维修", "修理", "修建", "修缮",
    "修复", "修补", "修整", "修路", "修", "安装", "制作", "植树", "种植", "栽", "材料", "石料", "砂石", "沙石", "水泥",
    "树苗", "苗木", "承包", "租金", "房租", "租赁", "租", "押金", "保证金", "尾款", "预付", "借款", "借", "还款",
    "还", "报销", "垫付", "垫", "差旅", "交通", "车费", "油费", "伙食", "餐费", "招待", "电费", "水费", "青苗",
    "补偿", "赔偿", "分红", "鱼塘", "山林", "茶园", "果园", "园地", "土地", "耕地", "荒地", "机动地", "滩地", "坑塘",
    "水塘", "山塘", "水渠", "水利", "水管", "水泵", "水毁", "场院", "宅基地", "门市", "门面", "店面", "商铺", "摊位",
    "厂房", "仓库", "冷库", "房屋", "旧房", "机井", "光伏", "烤烟", "路灯", "电路", "村务", "文化", "春节", "三八",
    "出售", "销售", "购买", "购", "买", "空调", "卫生", "防汛", "防火", "疫情", "送", "到", "交", "缴", "领",
    "代", "退", "等", "的", "学校", "全年", "秋季", "春季", "夏季", "冬季", "年终", "年底", "上半年", "下半年",
    "季度", "一季度", "二季度", "三季度", "四季度", "农贸", "葡萄", "大棚", "养殖", "放牧", "草场", "林地", "果树", "竹林", "橡胶", "槟榔", "虾塘", "渔",
    "村", "东", "西", "南", "北", "荒", "河", "元旦", "中秋", "端午", "国庆", "重阳", "大塘", "大岭", "大桥", "大田", "大坝", "后背", "后院", "后坡", "榕树", "后山", "前山", "家门", "房前", "屋后", "慰问金",
    "挖", "砌", "铺", "浇", "打", "抽水", "除", "栽种", "看", "守", "巡", "帮", "协助", "参加", "开会", "去", "雇",
    "石场", "毛竹", "现金", "代收", "代付", "归还", "饮水", "会计", "培训", "清明", "赴", "彝", "七一", "八一",
    "五一", "六一", "党员", "妇女", "马铃薯", "种薯", "种子", "安置", "排灌", "泵站", "水泵", "自来水", "入户", "组织", "值守", "搬运", "装卸",
    "暖气", "配件", "羊圈", "牛圈", "猪圈", "占地", "废旧", "变卖", "垃圾", "工程", "协调", "院墙", "围墙",
    "监委", "村委", "捐资", "捐款", "捐赠", "外出",
    # A claim, casual labour and a place's use: "付张小燕报账交通补助", "付陈涛临时用工工资", "收刘玉兰门前场地使用费".
    "报账", "临时", "用工", "门前", "场地", "使用费",
}, key=len, reverse=True))
# A household's status written after its head's name ("付刘桂兰困难户春节慰问金": 刘桂兰 is the 困难户 paid),
# as a purpose word closes a name. Only these: a role after a name ("王强书记") is often whoever signed.
_STATUS_AFTER_NAME = ("困难户", "低保户", "五保户", "特困户", "贫困户", "脱贫户", "监测户", "残疾户")
# The verbs a 摘要 starts with before the other party, longest first.
_VERBS = tuple(sorted({"报销", "慰问", "退还", "返还", "归还", "暂借", "暂收", "暂付", *LEND_VERBS, *PAY_VERBS},
                     key=len, reverse=True))
# A team or the village written before a role ("出借第三村民小组长吴长贵…", "出借村报账员周海涛…"): the role
# still opens the phrase after the verb.
_ROLE_PREFIX = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}(?:村民)?(?:小组|组|队)?|村)$")
# A body of the village written after the verb before its officer's role ("支付村务监督委员会主任王德法误工补贴",
# "付村委会委员李强…"): the role still opens the phrase; a body alone names no one.
_VILLAGE_BODY_BEFORE_ROLE = re.compile(r"(?:村务监督委员会|村民委员会|村委会|村监委会|监委会|村党支部|党支部|村民小组)$")
# What a person does in a 往来 entry that opens with his name: borrows, pays back, draws.
_OWN_VERBS = ("借支", "借款", "借用", "预支", "交回", "交来", "缴回", "退回", "归还", "还款", "领取", "领用", "报销",
              "赴")  # "陈志刚赴宿迁参加培训差旅费": his journey
# The last character of a body's name, before its person's in a bracket: 收购站, 建筑队, 商店.
_BODY_ENDS = frozenset("站店部所队社厂场行")
_BRACKET = re.compile(r"[（(]([^（）()]{2,12})[）)]")
_SEVERAL = re.compile(r"[、，,/和及与]")
# 村 after a name opens a word of the village's own (村民小组, 村委会, 村内) or names a village (班彦村).
_VILLAGE_GOES_ON = re.compile(r"^村(?![民委务部内里组集干级道东南西北前后口头])")  # 村南坑塘: the village's south
_NUMERALS = frozenset("一二三四五六七八九十上下全")
# A month or a season written in words after a name: "付刘文斌七月份工资", "十二月", "三季度".
_MONTH_IN_WORDS = re.compile(r"[一二三四五六七八九十]{1,3}(?:月|季|组|队)")  # 三组道路: a team's works too
_NAME_SUFFIX = re.compile(r"^(?:等\d*人?|等)?(?:\d{1,2}(?:-\d{1,2})?月(?:份)?)?$")


def summary_person(summary: str | None, village: str = "") -> str | None:
    """The person a 摘要 names as the other party ("付李小平2月保洁工资" -> 李小平), or None when its
    shape does not fence a name in (see the module's docstring)."""
    if not summary:
        return None
    text = summary.strip()
    for read in (_dotted, _in_bracket, _after_role, _written_last, _after_verb, _after_space, _before_own_verb):
        name = read(text)
        if name and not _of_village(name, village):
            return name
    return None


def known_person(summary: str | None, known: frozenset[str]) -> str | None:
    """A person of ``known`` (named as a party in a column elsewhere in the same books) that a 摘要 names
    right after its verb, the words after the name a purpose's ("收杨树森坑塘承包费尾款" when the bank
    journal pays 杨树森), or None. The purpose words fence the name as in ``_after_verb``: "付张伟民工资"
    names no 张伟."""
    if not summary or not known:
        return None
    text = summary.strip()
    verb = next((verb for verb in _VERBS if text.startswith(verb)), None)
    if verb is None:
        return None
    rest = text[len(verb):]
    found = {name for name in known if rest.startswith(name) and _ends_name(rest[len(name):])}
    return found.pop() if len(found) == 1 else None


def _of_village(name: str, village: str) -> bool:
    """Whether a "name" is the village's own (马吉 of 马吉村) or a place of it (马吉畈)."""
    stem = village.removesuffix("村")
    return bool(village) and (name in village or (len(stem) >= 2 and name.startswith(stem)))


def _dotted(text: str) -> str | None:
    """The one Uyghur name written with its dot: "付阿布都·克里木 拉运费", "收库尔班·热依木交水费". Each part
    runs over the characters such names are written with; the first must start where a name may (the
    摘要's start, after its verb, a role, a space or a bracket), the second end where the 摘要's words
    go on."""
    if not any(dot in text for dot in _NAME_DOTS):
        return None
    found = {name for match in _DOTTED_NAME.finditer(text) if (name := _dotted_name(text, match))}
    return found.pop() if len(found) == 1 else None


def _dotted_name(text: str, match: re.Match[str]) -> str | None:
    dot = next(at for at in range(match.start(), match.end()) if text[at] in _NAME_DOTS)
    start = dot
    while start > match.start() and text[start - 1] in _UYGHUR_CHARS:
        start -= 1
    while start < dot - 1 and not _name_may_start(text, start):
        start += 1
    end = dot + 1
    while end < match.end() and end - dot <= 6 and text[end] in _UYGHUR_CHARS:
        end += 1
    if dot - start < 2 or end - dot < 3 or not _name_may_start(text, start):
        return None
    return text[start:end]


def _name_may_start(text: str, at: int) -> bool:
    before = text[:at]
    return not before or before[-1] in " \u3000（(、，,：:给" or before.endswith(_VERBS) or before.endswith(_ROLES)


def _after_space(text: str) -> str | None:
    """A name opening the words after a space, a purpose word after it: "红冲付-3号凭证 张海峰误工补贴多付"."""
    _, space, rest = text.partition(" ")
    rest = rest.strip()
    name = _name_at(rest, 0, end_ok=False) if space and rest else None
    # A space is a weaker fence than a verb: the words after the name must be a purpose's, not only
    # any mark ("审核人：汪志勇  陈晓燕  复核人…" lists signers).
    return name if name and rest[len(name):].startswith(_PURPOSE_WORDS) else None


def _in_bracket(text: str) -> str | None:
    """A bracket holding a name alone, with 等N人 or a month: "（罗志强）", "（黄国平等5人）", "（王二牛6月）"."""
    found = set()
    for inner in _BRACKET.findall(text):
        inner = inner.strip()
        if _SEVERAL.search(inner):
            continue
        name = _bracketed_name(inner) or _name_after_a_body(inner)
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _bracketed_name(inner: str) -> str | None:
    for size in (3, 2, 4):
        name, rest = inner[:size], inner[size:]
        # Two characters alone in a bracket are more often a word ("（修改）", "（周日）") than a name.
        if len(name) < size or (size == 2 and not rest):
            continue
        if _NAME_SUFFIX.match(rest) and _is_name(name):
            return name
    return None


def _name_after_a_body(inner: str) -> str | None:
    """A bracket naming a body and then its person: "（废品收购站孟宪华）", "（石桥建筑队王德胜）"."""
    if len(inner) < 6 or inner[-4] not in _BODY_ENDS:
        return None
    return inner[-3:] if _is_name(inner[-3:]) else None


def _after_role(text: str) -> str | None:
    """A name after a role word: "付保洁员赵秀兰1月份工资", "春节慰问五保户谭桂英"."""
    for role in _ROLES:
        at = text.find(role)
        while at >= 0:
            name = _name_at(text, at + len(role), end_ok=True) if _role_starts_here(text, at) else None
            if name:
                return name
            at = text.find(role, at + 1)
    return None


def _role_starts_here(text: str, at: int) -> bool:
    """Whether a role word at ``at`` starts a phrase: the 摘要's start, after its verb, a space or a bracket;
    not the inside of a word ("水电工程有限公司" holds no 电工, "村民宿改造" no 村民)."""
    before = text[:at]
    if before and before.startswith(LEND_VERBS):
        before = _ROLE_PREFIX.sub("", before)  # "出借第三村民小组长": the team is the role's
    body = _VILLAGE_BODY_BEFORE_ROLE.search(before)
    if body and before[:body.start()].endswith(_VERBS):
        return True  # only after a verb: "村委会主任王强签字" opens with no payment
    return not before or before[-1] in " \u3000（(、，," or before.endswith(_VERBS)


_AFTER_LAST_BRACKET = re.compile(r"[)）]([^()（）]+)$")


def _written_last(text: str) -> str | None:
    """A name that ends the 摘要 after a space, after 给 or after a closing bracket: "收北岗子旧房出售款 张国庆",
    "… 电工周海", "…王志刚等5人", "支付泼水节筹备采购款给玉应", "收民宿保底金（尾款）吴晓燕"."""
    head, _, last = text.rpartition(" ")
    if not head.strip():
        last = ""
    candidates = []
    if last:
        candidates.append(_strip_hamlet(_strip_role(last)))
    if "给" in text:
        candidates.append(text.rsplit("给", 1)[1])
    after_bracket = _AFTER_LAST_BRACKET.search(text)
    if after_bracket:  # after a bracket that closes a remark on the money: "收停车场承包金（第二期）李建国"
        candidates.append(after_bracket.group(1))
    for candidate in candidates:
        for size in (3, 2, 4):
            if _NAME_SUFFIX.match(candidate[size:]) and _is_name(candidate[:size]):
                return candidate[:size]
    return None


def _after_verb(text: str) -> str | None:
    """A name right after the verb (and a hamlet), followed by a purpose word: "收到沈国良茶园承包款"."""
    for verb in _VERBS:
        if text.startswith(verb):
            rest = text[len(verb):]
            return _name_at(rest, 0, end_ok=False) or _name_at(_strip_hamlet(rest), 0, end_ok=False)
    return None


def _before_own_verb(text: str) -> str | None:
    """A name that opens the 摘要 as the doer of a 往来 entry: "高俊生借支差旅费", "高俊生交回借款"."""
    for size in (3, 2):
        if text[size:].startswith(_OWN_VERBS) and _is_name(text[:size]):
            return text[:size]
    return None


def _name_at(text: str, at: int, end_ok: bool) -> str | None:
    """The name starting at ``at`` whose length the following words settle: a three-character name if
    a purpose word, a digit or a Latin letter follows it, else a two-character one so followed. At the
    end of the text (``end_ok``) the whole rest is the name."""
    if text[at:at + 2] in _TIBETAN_SYLLABLES:
        tibetan = _tibetan_name_at(text, at)
        if tibetan:
            return tibetan
    # "付王强一季度工资": a numeral after two characters starts the purpose, not a third character.
    if text[at:at + 2] in _YI_CLANS:
        sizes: tuple[int, ...] = (4, 3)  # 吉克伍沙: a clan name and a given name of two characters
    else:
        sizes = (2, 3) if text[at + 2:at + 3] in _NUMERALS else (3, 2)
    for size in sizes:
        name = text[at:at + size]
        if len(name) < size or not _is_name(name):
            continue
        after = text[at + size:]
        if (not after and end_ok) or _ends_name(after):
            return name
    return None


def _tibetan_name_at(text: str, at: int) -> str | None:
    """A Tibetan name read by its syllables from ``at``: one or two of two characters, perhaps a last one
    of one ("扎西多吉", "索南措", "洛桑"); the syllables are its fence, so the words after it need not be
    a purpose's ("付洛桑药浴池清理费")."""
    end = at + 2
    if text[end:end + 2] in _TIBETAN_SYLLABLES:
        end += 2
    if text[end:end + 1] in _TIBETAN_LAST:  # "" at the text's end is in no set
        end += 1
    name = text[at:end]
    after = text[end:]
    if any(text.startswith(word, at) for word in _TIBETAN_WORDS) or _VILLAGE_GOES_ON.match(after) \
            or _SEVERAL.match(after):
        return None
    return name


def _is_tibetan(name: str) -> bool:
    """Whether a run of characters is a Tibetan name, syllable by syllable (``_tibetan_name_at``)."""
    return len(name) >= 2 and name[:2] in _TIBETAN_SYLLABLES and _tibetan_name_at(name, 0) == name


def _ends_name(after: str) -> bool:
    """Whether the words after a name close it: a purpose word, a digit, a Latin letter, a bracket; not
    another name ("付王强、钱丽劳务费" pays two) nor a village the "name" was the start of ("班彦村新村道路")."""
    if not after or _SEVERAL.match(after) or _VILLAGE_GOES_ON.match(after) or after[0] in _NAME_DOTS:
        return False  # a dot goes on with a Uyghur name's second part: "阿布都" is not 阿布都·克里木
    return (not "\u4e00" <= after[0] <= "\u9fff" or after.startswith(_PURPOSE_WORDS)
            or after.startswith(_STATUS_AFTER_NAME) or bool(_MONTH_IN_WORDS.match(after)))


def _is_name(name: str) -> bool:
    """Whether a run of two to four characters can be a person's name: a surname (or a Dai name's head)
    and a given name of one or two characters that no money word, place or body word interrupts."""
    if not 2 <= len(name) <= 5 or not all("\u4e00" <= char <= "\u9fff" for char in name):
        return False
    if _is_tibetan(name):
        return True
    if len(name) == 5:
        return False
    head = 2 if name[:2] in DOUBLE_SURNAMES or name[:2] in _YI_CLANS else 1
    if head == 1 and (name[0] not in _NAME_HEADS or len(name) == 4):
        return False
    given = name[head:]
    if not given or any(char in _NOT_IN_GIVEN_NAME for char in given):
        return False
    if len(name) == 2 and name[1] in _TERRAIN:
        return False
    if head == 1 and name[1] == "家" and (len(name) == 2 or name[2] in _FAMILY_PLACE_ENDS):
        return False  # 王家屯, 鲍家岭, 孙家店, 王家: a family's hamlet; 黄家宝, 王家明 are persons
    return name[:2] not in _COMMON_WORDS


def _strip_role(text: str) -> str:
    for role in _ROLES:
        if text.startswith(role):
            return text[len(role):]
    return text


def _strip_hamlet(text: str) -> str:
    """The text after a hamlet written before a person ("王家屯王德友清雪工钱" -> "王德友清雪工钱"), when
    a name follows it."""
    match = re.match(_HAMLET, text)
    if match and _is_name(text[match.end():match.end() + 2]):
        return text[match.end():]
    return text


__all__ = ["known_person", "summary_person"]
