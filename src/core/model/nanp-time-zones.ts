// North American Numbering Plan: geographic area code → IANA zone(s) of the area it
// serves. Compiled from the NANPA area-code maps (nationalnanpa.com, "NPA Database" and
// state maps) and the US/Canadian time-zone boundaries (49 CFR part 71; Canadian
// provincial time acts). An area code that straddles a zone line lists every zone it
// covers, so the policy engine requires convenience in all of them (Reg F § 1006.6(b)(1)
// "inconvenient time" when the consumer may be in several zones). One representative
// zone per offset/DST rule is used (America/New_York for Eastern US, etc.).
// Non-geographic codes (toll-free 8XX, 5XX, 900, 600) are absent on purpose: they say
// nothing about where the person is. Other NANP countries (JM, PR, …) are resolved by
// country in region-time-zones.ts.
const byZone: Readonly<Record<string, string>> = {
  'America/New_York':
    '201 202 203 207 212 215 216 220 223 227 229 231 234 239 240 248 252 260 267 269 272 276 283 301 302 304 305 ' +
    '313 315 317 321 326 330 332 339 347 351 352 363 380 386 401 404 407 410 412 413 419 423 434 436 440 443 445 448 ' +
    '463 470 472 475 478 484 502 508 513 516 517 518 540 551 561 567 570 571 574 582 585 586 603 606 607 609 610 ' +
    '614 616 617 631 640 646 656 667 678 679 680 681 686 689 703 704 706 716 717 718 724 727 732 734 740 743 754 ' +
    '757 762 765 770 771 772 774 781 786 802 803 804 810 812 813 814 826 828 835 838 839 843 845 848 850 854 856 ' +
    '857 859 860 862 863 864 865 878 904 906 908 910 912 914 917 919 929 930 931 934 937 941 943 645 947 948 954 959 ' +
    '973 978 980 984 989 270 364',
  'America/Chicago':
    '205 210 214 217 218 219 224 225 228 235 251 254 256 262 270 274 281 308 309 312 314 316 318 319 320 325 327 ' +
    '331 334 337 346 353 361 364 402 405 409 414 417 430 432 447 448 457 464 469 479 501 504 507 512 515 531 534 ' +
    '539 557 563 572 573 574 580 601 605 608 612 615 618 620 629 630 636 641 651 659 660 662 682 701 708 712 713 715 ' +
    '726 730 731 737 763 769 773 779 785 806 812 815 816 817 830 832 847 850 861 870 872 903 901 906 913 918 920 ' +
    '924 930 931 936 938 940 945 952 956 972 975 979 985',
  'America/Denver': '303 307 308 385 406 432 435 458 505 541 575 605 620 701 719 720 785 801 915 928 970 983 986 208',
  'America/Phoenix': '480 520 602 623 928',
  'America/Los_Angeles':
    '206 208 209 213 253 279 310 323 341 350 360 369 408 415 424 425 442 458 503 509 510 530 541 559 562 564 619 ' +
    '626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820 831 840 858 909 916 925 949 951 971 986',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
  // Canada
  'America/Toronto':
    '226 249 263 289 343 354 365 367 382 416 418 437 438 450 468 514 519 548 579 581 613 647 683 705 742 753 807 ' +
    '819 867 873',
  'America/Halifax': '428 506 709 782 902',
  'America/St_Johns': '709',
  'America/Winnipeg': '204 431 584 807 867',
  'America/Regina': '306 474 639',
  'America/Edmonton': '250 368 403 587 780 825 867',
  'America/Vancouver': '236 250 257 604 672 778',
  'America/Whitehorse': '867',
};

const table: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [zone, codes] of Object.entries(byZone)) {
    for (const code of codes.split(' ')) {
      if (!/^\d{3}$/.test(code)) continue;
      const zones = m.get(code) ?? [];
      if (!zones.includes(zone)) zones.push(zone);
      m.set(code, zones);
    }
  }
  return m;
})();

/** Zones served by a NANP area code (3 digits), or [] when the code is not geographic or not known. */
export const nanpTimeZones = (areaCode: string): readonly string[] => table.get(areaCode) ?? [];
