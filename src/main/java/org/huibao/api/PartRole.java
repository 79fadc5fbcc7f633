package org.huibao.api;

/**
 * What the part of the report a node sits in is for, from the innermost heading above it that says
 * (a heading cue of a required element, or an achievements heading such as 主要成效, 工作开展情况).
 */
public enum PartRole {
    /** a part about organizational leadership (一、加强组织领导) */
    LEADERSHIP,
    /** a part about what was done and achieved (一、主要工作及成效) */
    ACHIEVEMENTS,
    /** a part about problems and shortcomings (二、存在的问题) */
    PROBLEMS,
    /** a part about next steps or measures (三、下一步工作打算) */
    MEASURES,
    /** no heading above it says */
    OTHER
}
