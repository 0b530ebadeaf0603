namespace JcmSim.Analysis.Studies;

/// <summary>
/// Primitive polynomials and initial direction numbers of the Sobol' sequence for dimensions 2 to
/// 128, the first 127 lines of the file new-joe-kuo-6.21201 of S. Joe and F. Y. Kuo, "Constructing
/// Sobol sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30, 2635–2654
/// (2008), https://web.maths.unsw.edu.au/~fkuo/sobol/ (as transcribed in JuliaMath/Sobol.jl,
/// src/sobol_a.csv and src/sobol_minit.csv).
/// </summary>
/// <remarks>
/// Copyright (c) 2008, Frances Y. Kuo and Stephen Joe. All rights reserved.
/// Redistribution and use in source and binary forms, with or without modification, are permitted
/// provided that the following conditions are met: redistributions of source code must retain the
/// above copyright notice, this list of conditions and the following disclaimer; redistributions in
/// binary form must reproduce the above copyright notice, this list of conditions and the following
/// disclaimer in the documentation and/or other materials provided with the distribution; neither
/// the names of the copyright holders nor the names of the University of New South Wales and the
/// University of Waikato and its contributors may be used to endorse or promote products derived
/// from this software without specific prior written permission.
/// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
/// INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A
/// PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS BE LIABLE FOR ANY
/// DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
/// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR
/// BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
/// LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
/// SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
/// Each entry is the polynomial with its leading and constant terms as bits (degree s = bit length
/// − 1; Joe and Kuo's "a" is the s − 1 middle bits) and the s initial odd numbers m₁ … m_s, mₖ &lt; 2ᵏ.
/// </remarks>
internal static class JoeKuoDirections
{
    /// <summary>Dimensions 2 … 128 (dimension 1 is the van der Corput sequence, all m = 1).</summary>
    public static readonly IReadOnlyList<JoeKuoEntry> Entries =
    [
        new(3, [1]),
        new(7, [1, 3]),
        new(11, [1, 3, 1]),
        new(13, [1, 1, 1]),
        new(19, [1, 1, 3, 3]),
        new(25, [1, 3, 5, 13]),
        new(37, [1, 1, 5, 5, 17]),
        new(41, [1, 1, 5, 5, 5]),
        new(47, [1, 1, 7, 11, 19]),
        new(55, [1, 1, 5, 1, 1]),
        new(59, [1, 1, 1, 3, 11]),
        new(61, [1, 3, 5, 5, 31]),
        new(67, [1, 3, 3, 9, 7, 49]),
        new(91, [1, 1, 1, 15, 21, 21]),
        new(97, [1, 3, 1, 13, 27, 49]),
        new(103, [1, 1, 1, 15, 7, 5]),
        new(109, [1, 3, 1, 15, 13, 25]),
        new(115, [1, 1, 5, 5, 19, 61]),
        new(131, [1, 3, 7, 11, 23, 15, 103]),
        new(137, [1, 3, 7, 13, 13, 15, 69]),
        new(143, [1, 1, 3, 13, 7, 35, 63]),
        new(145, [1, 3, 5, 9, 1, 25, 53]),
        new(157, [1, 3, 1, 13, 9, 35, 107]),
        new(167, [1, 3, 1, 5, 27, 61, 31]),
        new(171, [1, 1, 5, 11, 19, 41, 61]),
        new(185, [1, 3, 5, 3, 3, 13, 69]),
        new(191, [1, 1, 7, 13, 1, 19, 1]),
        new(193, [1, 3, 7, 5, 13, 19, 59]),
        new(203, [1, 1, 3, 9, 25, 29, 41]),
        new(211, [1, 3, 5, 13, 23, 1, 55]),
        new(213, [1, 3, 7, 3, 13, 59, 17]),
        new(229, [1, 3, 1, 3, 5, 53, 69]),
        new(239, [1, 1, 5, 5, 23, 33, 13]),
        new(241, [1, 1, 7, 7, 1, 61, 123]),
        new(247, [1, 1, 7, 9, 13, 61, 49]),
        new(253, [1, 3, 3, 5, 3, 55, 33]),
        new(285, [1, 3, 1, 15, 31, 13, 49, 245]),
        new(299, [1, 3, 5, 15, 31, 59, 63, 97]),
        new(301, [1, 3, 1, 11, 11, 11, 77, 249]),
        new(333, [1, 3, 1, 11, 27, 43, 71, 9]),
        new(351, [1, 1, 7, 15, 21, 11, 81, 45]),
        new(355, [1, 3, 7, 3, 25, 31, 65, 79]),
        new(357, [1, 3, 1, 1, 19, 11, 3, 205]),
        new(361, [1, 1, 5, 9, 19, 21, 29, 157]),
        new(369, [1, 3, 7, 11, 1, 33, 89, 185]),
        new(391, [1, 3, 3, 3, 15, 9, 79, 71]),
        new(397, [1, 3, 7, 11, 15, 39, 119, 27]),
        new(425, [1, 1, 3, 1, 11, 31, 97, 225]),
        new(451, [1, 1, 1, 3, 23, 43, 57, 177]),
        new(463, [1, 3, 7, 7, 17, 17, 37, 71]),
        new(487, [1, 3, 1, 5, 27, 63, 123, 213]),
        new(501, [1, 1, 3, 5, 11, 43, 53, 133]),
        new(529, [1, 3, 5, 5, 29, 17, 47, 173, 479]),
        new(539, [1, 3, 3, 11, 3, 1, 109, 9, 69]),
        new(545, [1, 1, 1, 5, 17, 39, 23, 5, 343]),
        new(557, [1, 3, 1, 5, 25, 15, 31, 103, 499]),
        new(563, [1, 1, 1, 11, 11, 17, 63, 105, 183]),
        new(601, [1, 1, 5, 11, 9, 29, 97, 231, 363]),
        new(607, [1, 1, 5, 15, 19, 45, 41, 7, 383]),
        new(617, [1, 3, 7, 7, 31, 19, 83, 137, 221]),
        new(623, [1, 1, 1, 3, 23, 15, 111, 223, 83]),
        new(631, [1, 1, 5, 13, 31, 15, 55, 25, 161]),
        new(637, [1, 1, 3, 13, 25, 47, 39, 87, 257]),
        new(647, [1, 1, 1, 11, 21, 53, 125, 249, 293]),
        new(661, [1, 1, 7, 11, 11, 7, 57, 79, 323]),
        new(675, [1, 1, 5, 5, 17, 13, 81, 3, 131]),
        new(677, [1, 1, 7, 13, 23, 7, 65, 251, 475]),
        new(687, [1, 3, 5, 1, 9, 43, 3, 149, 11]),
        new(695, [1, 1, 3, 13, 31, 13, 13, 255, 487]),
        new(701, [1, 3, 3, 1, 5, 63, 89, 91, 127]),
        new(719, [1, 1, 3, 3, 1, 19, 123, 127, 237]),
        new(721, [1, 1, 5, 7, 23, 31, 37, 243, 289]),
        new(731, [1, 1, 5, 11, 17, 53, 117, 183, 491]),
        new(757, [1, 1, 1, 5, 1, 13, 13, 209, 345]),
        new(761, [1, 1, 3, 15, 1, 57, 115, 7, 33]),
        new(787, [1, 3, 1, 11, 7, 43, 81, 207, 175]),
        new(789, [1, 3, 1, 1, 15, 27, 63, 255, 49]),
        new(799, [1, 3, 5, 3, 27, 61, 105, 171, 305]),
        new(803, [1, 1, 5, 3, 1, 3, 57, 249, 149]),
        new(817, [1, 1, 3, 5, 5, 57, 15, 13, 159]),
        new(827, [1, 1, 1, 11, 7, 11, 105, 141, 225]),
        new(847, [1, 3, 3, 5, 27, 59, 121, 101, 271]),
        new(859, [1, 3, 5, 9, 11, 49, 51, 59, 115]),
        new(865, [1, 1, 7, 1, 23, 45, 125, 71, 419]),
        new(875, [1, 1, 3, 5, 23, 5, 105, 109, 75]),
        new(877, [1, 1, 7, 15, 7, 11, 67, 121, 453]),
        new(883, [1, 3, 7, 3, 9, 13, 31, 27, 449]),
        new(895, [1, 3, 1, 15, 19, 39, 39, 89, 15]),
        new(901, [1, 1, 1, 1, 1, 33, 73, 145, 379]),
        new(911, [1, 3, 1, 15, 15, 43, 29, 13, 483]),
        new(949, [1, 1, 7, 3, 19, 27, 85, 131, 431]),
        new(953, [1, 3, 3, 3, 5, 35, 23, 195, 349]),
        new(967, [1, 3, 3, 7, 9, 27, 39, 59, 297]),
        new(971, [1, 1, 3, 9, 11, 17, 13, 241, 157]),
        new(973, [1, 3, 7, 15, 25, 57, 33, 189, 213]),
        new(981, [1, 1, 7, 1, 9, 55, 73, 83, 217]),
        new(985, [1, 3, 3, 13, 19, 27, 23, 113, 249]),
        new(995, [1, 3, 5, 3, 23, 43, 3, 253, 479]),
        new(1001, [1, 1, 5, 5, 11, 5, 45, 117, 217]),
        new(1019, [1, 3, 3, 7, 29, 37, 33, 123, 147]),
        new(1033, [1, 3, 1, 15, 5, 5, 37, 227, 223, 459]),
        new(1051, [1, 1, 7, 5, 5, 39, 63, 255, 135, 487]),
        new(1063, [1, 3, 1, 7, 9, 7, 87, 249, 217, 599]),
        new(1069, [1, 1, 3, 13, 9, 47, 7, 225, 363, 247]),
        new(1125, [1, 3, 7, 13, 19, 13, 9, 67, 9, 737]),
        new(1135, [1, 3, 5, 5, 19, 59, 7, 41, 319, 677]),
        new(1153, [1, 1, 5, 3, 31, 63, 15, 43, 207, 789]),
        new(1163, [1, 1, 7, 9, 13, 39, 3, 47, 497, 169]),
        new(1221, [1, 3, 1, 7, 21, 17, 97, 19, 415, 905]),
        new(1239, [1, 3, 7, 1, 3, 31, 71, 111, 165, 127]),
        new(1255, [1, 1, 5, 11, 1, 61, 83, 119, 203, 847]),
        new(1267, [1, 3, 3, 13, 9, 61, 19, 97, 47, 35]),
        new(1279, [1, 1, 7, 7, 15, 29, 63, 95, 417, 469]),
        new(1293, [1, 3, 1, 9, 25, 9, 71, 57, 213, 385]),
        new(1305, [1, 3, 5, 13, 31, 47, 101, 57, 39, 341]),
        new(1315, [1, 1, 3, 3, 31, 57, 125, 173, 365, 551]),
        new(1329, [1, 3, 7, 1, 13, 57, 67, 157, 451, 707]),
        new(1341, [1, 1, 1, 7, 21, 13, 105, 89, 429, 965]),
        new(1347, [1, 1, 5, 9, 17, 51, 45, 119, 157, 141]),
        new(1367, [1, 3, 7, 7, 13, 45, 91, 9, 129, 741]),
        new(1387, [1, 3, 7, 1, 23, 57, 67, 141, 151, 571]),
        new(1413, [1, 1, 3, 11, 17, 47, 93, 107, 375, 157]),
        new(1423, [1, 3, 3, 5, 11, 21, 43, 51, 169, 915]),
        new(1431, [1, 1, 5, 3, 15, 55, 101, 67, 455, 625]),
        new(1441, [1, 3, 5, 9, 1, 23, 29, 47, 345, 595]),
        new(1479, [1, 3, 7, 7, 5, 49, 29, 155, 323, 589]),
        new(1509, [1, 3, 3, 7, 5, 41, 127, 61, 261, 717]),
    ];
}

/// <summary>One line of the Joe–Kuo table.</summary>
/// <param name="Polynomial">The primitive polynomial over GF(2), bit k = coefficient of xᵏ.</param>
/// <param name="InitialNumbers">m₁ … m_s.</param>
internal sealed record JoeKuoEntry(uint Polynomial, uint[] InitialNumbers);
