package org.huibao.api;

/**
 * Whose doing or whose state a clause speaks of, from its subject (or, when it has none, the subject
 * of its sentence's first clause).
 */
public enum Owner {
    /** the reporting unit itself: 我局, 我们, 局党组, 本单位, 全局 */
    SELF,
    /** the unit's own subordinate parts and members: 各科室, 有的党支部, 部分党员干部, 基层单位 */
    SUBORDINATE,
    /** a higher body: 党中央, 总书记, 国务院, 上级 */
    HIGHER,
    /** others outside the unit: 企业, 市场主体, 群众, 经营者 */
    OTHERS,
    /**
     * a named organ that is neither recognizably the unit nor a higher body (县纪委, 市应急管理局, 局党组
     * in the third person): in a unit's own report usually the unit itself, in a news item the actor
     */
    ORGAN,
    /** no subject the analysis recognizes; in a unit's report usually the unit itself */
    UNKNOWN
}
