import { containsContactData } from "./text-rules";

describe("contact data in what inhabitants publish", () => {
  it.each([
    "ecrivez-moi : lulu@example.org",
    "Lulu.Gresilles@exemple.fr",
    "03 80 12 34 56",
    "03.80.12.34.56",
    "0380123456",
    "06-12-34-56-78",
    "+33 6 12 34 56 78",
    "0033 3 80 12 34 56",
    "+33 (0)3 80 12 34 56",
    "+44 20 7946 0958",
  ])("finds %s", (text) => {
    expect(containsContactData(text)).toBe(true);
  });

  it.each([
    "Voisine du 4e",
    "Habitante depuis 1985",
    "Le 21/09/2013 à 18 h, rendez-vous sur l'esplanade",
    "1 500 euros pour 12 bancs et 3 tables",
    "Code postal ? Non merci : 21000 suffit à dire Dijon",
    "@voisins du square",
    "Ado du 12",
  ])("lets %s through", (text) => {
    expect(containsContactData(text)).toBe(false);
  });
});
