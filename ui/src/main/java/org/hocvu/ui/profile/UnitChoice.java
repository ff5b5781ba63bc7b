package org.hocvu.ui.profile;

/**
 * One unit found by the search, as the form offers it.
 *
 * @param address    "Phường Mỹ Ngãi, Tỉnh Đồng Tháp"
 * @param formerly   "trước đây: Xã Mỹ Tân, Huyện Cao Lãnh, Tỉnh Đồng Tháp" when it was found by a former name
 * @param selectable false for a whole province: a learner belongs to a commune, ward or special zone
 */
public record UnitChoice(String code, String address, String formerly, boolean selectable, boolean chosen) {
}
