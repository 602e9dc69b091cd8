"""Korean for the messages every notebook shares: the exercise machinery and the plot style."""

MESSAGES: dict[str, str] = {
    "Synthetic data (fictional company)": "합성 데이터(가상의 회사)",
}
