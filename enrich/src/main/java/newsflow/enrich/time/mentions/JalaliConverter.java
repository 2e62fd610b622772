package newsflow.enrich.time.mentions;

import java.time.LocalDate;

/**
 * Solar Hijri (Jalali, Iran's official calendar) to Gregorian, by the 33-year-cycle arithmetic of the
 * widely used jalaali algorithm (Borkowski 1996, "The Persian calendar for 3000 years", as implemented in
 * jalaali-js); exact for 1 AP–3177 AP against the astronomical calendar's published tables 1244–1500 AP.
 */
final class JalaliConverter {

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
            2192, 2262, 2324, 2394, 2456, 3178};

    private JalaliConverter() {
    }

    /**
     * @return the Gregorian day, or null when the Jalali date is invalid or out of range
     */
    static LocalDate toGregorian(int jy, int jm, int jd) {
        if (jy < 1 || jy > 3177 || jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) {
            return null;
        }
        int[] cal = cal(jy);
        if (jm == 12 && jd == 30 && cal[0] != 0) {
            return null;
        }
        LocalDate march = LocalDate.of(cal[1], 3, cal[2]);
        int dayOfYear = (jm <= 7 ? (jm - 1) * 31 : 6 * 31 + (jm - 7) * 30) + jd - 1;
        return march.plusDays(dayOfYear);
    }

    /** @return {leap (0 = leap), Gregorian year, March day of Farvardin 1} */
    private static int[] cal(int jy) {
        int gy = jy + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        int i = 1;
        for (; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ = leapJ + jump / 33 * 8 + (jump % 33) / 4;
            jp = jm;
        }
        int n = jy - jp;
        leapJ = leapJ + n / 33 * 8 + ((n % 33) + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - ((gy / 100 + 1) * 3) / 4 - 150;
        int march = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = (((n + 1) % 33) - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new int[] {leap, gy, march};
    }
}
